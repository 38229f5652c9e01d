namespace Mamori.Core.Features;

/// <summary>A kind of request the statement lists, with its fee.</summary>
/// <param name="Type">The machine name (<c>disclosure</c>…).</param>
/// <param name="Title">The Japanese name with its article.</param>
/// <param name="FeeYen">The fee in yen (0: free).</param>
public sealed record StatementProcedure(string Type, string Title, int FeeYen);
