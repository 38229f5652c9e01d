namespace Mamori.Core.Access;

/// <summary>
/// An entrustment (委託, Art. 25): what a contractor may handle, for which purposes, until when. A
/// contractor user bound to it sees nothing else.
/// </summary>
/// <param name="Id">The entrustment's id.</param>
/// <param name="Contractor">The contractor's name (e.g. a call centre or a delivery company).</param>
/// <param name="ItemTypes">The item types it may see.</param>
/// <param name="PurposeCodes">The purposes it works for.</param>
/// <param name="ValidUntil">When the entrustment ends.</param>
public sealed record Entrustment(string Id, string Contractor, IReadOnlyList<string> ItemTypes, IReadOnlyList<string> PurposeCodes, DateTimeOffset ValidUntil)
{
    /// <summary>The contractor's country (for Art. 28 and the security measures to publish).</summary>
    public string Country { get; init; } = "JP";

    /// <summary>Creates an entrustment id.</summary>
    public static string NewId() => "N" + Guid.CreateVersion7().ToString("N");
}
