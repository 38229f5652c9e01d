namespace Mamori.Core.Provision;

/// <summary>What to provide: item types of a set of subjects (or all) to a recipient, for a purpose.</summary>
/// <param name="RecipientId">The recipient.</param>
/// <param name="PurposeCode">The purpose of use the provision serves (registered, covering the items).</param>
/// <param name="ItemTypes">The item types to provide.</param>
public sealed record ProvisionRequest(string RecipientId, string PurposeCode, IReadOnlyList<string> ItemTypes)
{
    /// <summary>The subjects; ignored when <see cref="AllSubjects"/>.</summary>
    public IReadOnlyList<string> SubjectIds { get; init; } = [];

    /// <summary>Every subject on the platform (not erased).</summary>
    public bool AllSubjects { get; init; }

    /// <summary>Write bulk records (repeated provision to the same recipient, Rules Art. 19(2)): one per person, extended by each provision.</summary>
    public bool Bulk { get; init; }
}
