namespace Mamori.Core.Features;

/// <summary>One data row of an import file.</summary>
/// <param name="Number">1-based data row number.</param>
/// <param name="Line">The line in the file (for messages).</param>
/// <param name="Values">The cells.</param>
public sealed record ImportRow(long Number, long Line, IReadOnlyList<string> Values);
