namespace Mamori.Core.Features;

/// <summary>The Art. 32 public statement (公表事項) as generated from the business profile and the registers.</summary>
/// <param name="GeneratedAt">When it was generated.</param>
/// <param name="BusinessName">The business's name.</param>
/// <param name="Address">Its address.</param>
/// <param name="Representative">Its representative.</param>
/// <param name="Purposes">The purposes of use in effect now.</param>
/// <param name="Procedures">Each request type with its Japanese name and fee in yen.</param>
/// <param name="RequestProcedure">How requests are made.</param>
/// <param name="ResponseDays">The days the business gives itself to answer.</param>
/// <param name="SecurityMeasures">The security control measures taken.</param>
/// <param name="ForeignCountries">Foreign countries where data is handled (contractors abroad and the profile's list).</param>
/// <param name="ComplaintContact">Where complaints go.</param>
/// <param name="AccreditedOrganisation">An accredited personal information protection organisation, if any.</param>
public sealed record Statement(
    DateTimeOffset GeneratedAt, string BusinessName, string Address, string Representative, IReadOnlyList<PurposeUse> Purposes,
    IReadOnlyList<StatementProcedure> Procedures, string RequestProcedure, int ResponseDays, IReadOnlyList<string> SecurityMeasures,
    IReadOnlyList<string> ForeignCountries, string ComplaintContact, string? AccreditedOrganisation);
