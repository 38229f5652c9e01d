namespace Mamori.Core.Provision;

/// <summary>The published joint-use statement (Art. 27(5)(iii)): the fact, the items, who uses them, why, and who is responsible.</summary>
/// <param name="ItemTypes">The items used jointly.</param>
/// <param name="Scope">The scope of the joint users (e.g. group companies listed on the website).</param>
/// <param name="Purposes">The joint users' purposes of use.</param>
/// <param name="ResponsibleName">The name of the business responsible for the data.</param>
/// <param name="ResponsibleAddress">Its address.</param>
/// <param name="ResponsibleRepresentative">Its representative (for a corporation).</param>
/// <param name="PublishedOn">When the statement was notified or published.</param>
public sealed record JointUseStatement(
    IReadOnlyList<string> ItemTypes, string Scope, string Purposes, string ResponsibleName, string ResponsibleAddress, string ResponsibleRepresentative,
    DateTimeOffset PublishedOn);
