using Mamori.Core.Access;
using Mamori.Core.Features;

namespace Mamori.Server.Contracts;

/// <summary>A contractor register entry to add (Art. 25). Its id is the entrustment id contractor users are bound to.</summary>
internal sealed record AddContractorRequest(
    string? Contractor, string? ProcessingContent, IReadOnlyList<string>? ItemTypes, IReadOnlyList<string>? PurposeCodes,
    DateTimeOffset? ContractEnd, string? Country = null, DateTimeOffset? ContractDate = null, DateTimeOffset? NextAssessmentDue = null,
    IReadOnlyList<SubContractorInput>? SubContractors = null);

/// <summary>A sub-contractor (再委託先): name, country, processing, whether the business approved it, whom it works for (null: the contractor).</summary>
internal sealed record SubContractorInput(string? Name, string? Country, string? ProcessingContent, bool? Approved, string? Parent = null);

/// <summary>An assessment (監督・点検) to record: result <c>satisfactory</c>, <c>needs_improvement</c> or <c>unsatisfactory</c>.</summary>
internal sealed record AssessContractorRequest(string? Result, string? Notes, DateTimeOffset? AssessedAt = null, DateTimeOffset? NextDue = null);

internal sealed record SubContractorResponse(string Name, string Country, string ProcessingContent, bool Approved, string? Parent)
{
    public static SubContractorResponse Of(SubContractor s) => new(s.Name, s.Country, s.ProcessingContent, s.Approved, s.Parent);
}

internal sealed record ContractorResponse(
    string Id, string Contractor, string ProcessingContent, IReadOnlyList<string> ItemTypes, IReadOnlyList<string> PurposeCodes, string Country,
    bool ForeignCountry, DateTimeOffset? ContractDate, DateTimeOffset ContractEnd, string Status, DateTimeOffset? EndedAt,
    DateTimeOffset? LastAssessedAt, string? LastAssessmentResult, DateTimeOffset? NextAssessmentDue, IReadOnlyList<SubContractorResponse> SubContractors)
{
    public static ContractorResponse Of(Entrustment e) => new(
        e.Id, e.Contractor, e.ProcessingContent, e.ItemTypes, e.PurposeCodes, e.Country, !string.Equals(e.Country, "JP", StringComparison.OrdinalIgnoreCase) ||
        e.SubContractors.Any(s => !string.Equals(s.Country, "JP", StringComparison.OrdinalIgnoreCase)),
        e.ContractDate, e.ValidUntil, AssessmentNames.Of(e.Status), e.EndedAt, e.LastAssessedAt,
        e.LastAssessmentResult is { } r ? AssessmentNames.Of(r) : null, e.NextAssessmentDue, [.. e.SubContractors.Select(SubContractorResponse.Of)]);
}

internal sealed record AssessmentResponse(string Id, DateTimeOffset AssessedAt, string Result, string Assessor, string Notes, DateTimeOffset NextDue)
{
    public static AssessmentResponse Of(ContractorAssessment a) => new(a.Id, a.AssessedAt, AssessmentNames.Of(a.Result), a.Assessor, a.Notes, a.NextDue);
}

internal sealed record ContractorDetailsResponse(ContractorResponse Contractor, bool InForce, bool AssessmentOverdue, IReadOnlyList<AssessmentResponse> Assessments)
{
    public static ContractorDetailsResponse Of(ContractorDetails d) =>
        new(ContractorResponse.Of(d.Entrustment), d.InForce, d.AssessmentOverdue, [.. d.Assessments.Select(AssessmentResponse.Of)]);
}
