namespace Mamori.Core.Features;

/// <summary>A consent to record.</summary>
/// <param name="PurposeCode">The purpose.</param>
/// <param name="Given">Given (true) or withdrawn (false).</param>
/// <param name="Channel">How it was expressed.</param>
/// <param name="NoticeId">The notice version shown.</param>
/// <param name="Evidence">What proves it.</param>
public sealed record NewConsent(string PurposeCode, bool Given, string Channel, string? NoticeId = null, string? Evidence = null)
{
    /// <summary>The recipient the consent to provision concerns (Art. 27(1)), or null for the business's own use.</summary>
    public string? RecipientId { get; init; }
}
