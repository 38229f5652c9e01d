namespace Mamori.Core.Requests;

/// <summary>
/// The business as it publishes itself (Art. 32): name, address, representative, where complaints and requests go,
/// how requests are made, the fees, and the security measures taken. A settings record, edited by administrators and
/// privacy officers; the public statement is generated from it and the platform's registers.
/// </summary>
public sealed record BusinessProfile
{
    /// <summary>The business's name (氏名又は名称).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Its address (住所).</summary>
    public string Address { get; init; } = string.Empty;

    /// <summary>Its representative, for a corporation (代表者の氏名).</summary>
    public string Representative { get; init; } = string.Empty;

    /// <summary>Where complaints and requests go (苦情の申出先): a desk, an address, a phone number, an e-mail address.</summary>
    public string ComplaintContact { get; init; } = string.Empty;

    /// <summary>How requests are made (請求の手続): the form, what identity documents, agents' documents.</summary>
    public string RequestProcedure { get; init; } = string.Empty;

    /// <summary>The fee for notification of purposes, in yen (0: free).</summary>
    public int NotificationFeeYen { get; init; }

    /// <summary>The fee for disclosure (of data or of provision records), in yen (0: free).</summary>
    public int DisclosureFeeYen { get; init; }

    /// <summary>Security control measures taken (安全管理措置), one per line, as published.</summary>
    public IReadOnlyList<string> SecurityMeasures { get; init; } = [];

    /// <summary>Foreign countries where data is handled beyond what the registers know (e.g. a cloud region), with their regime.</summary>
    public IReadOnlyList<string> ForeignCountries { get; init; } = [];

    /// <summary>An accredited personal information protection organisation, if the business belongs to one.</summary>
    public string? AccreditedOrganisation { get; init; }
}
