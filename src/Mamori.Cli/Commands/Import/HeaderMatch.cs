namespace Mamori.Cli.Commands.Import;

/// <summary>What an import header says about its column.</summary>
/// <param name="ItemType">The item type, or null when the header says to leave the column out.</param>
/// <param name="Rank">Where a part goes when several columns make one value (family name 0, given name 1; prefecture 0 … building 3).</param>
/// <param name="Reason">Why a column is left out (consent flags, points, dates of registration…), for the mapping table.</param>
internal sealed record HeaderMatch(string? ItemType, int Rank = 0, string? Reason = null)
{
    public static HeaderMatch Ignore(string reason) => new(null, 0, reason);
}
