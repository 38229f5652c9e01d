using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Server.Authentication;
using Mamori.Server.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mamori.Server.Endpoints;

/// <summary>
/// <c>/api/v1/contractors</c>: the contractor register (委託先管理台帳, Art. 25). An entry is an entrustment: its id is what
/// contractor users are bound to, and it limits their access to its items and purposes while it is in force.
/// </summary>
internal static class ContractorEndpoints
{
    public static RouteGroupBuilder MapContractorApi(this RouteGroupBuilder api)
    {
        var contractors = api.MapGroup("/contractors").WithTags("Contractors");
        contractors.MapPost("/", AddAsync).WithName("AddContractor")
            .WithSummary("Add a contractor to the register: processing, items, purposes, country, contract dates, sub-contractors (administrators and privacy officers).");
        contractors.MapGet("/", ListAsync).WithName("ListContractors")
            .WithSummary("The register: every entry for administrators and privacy officers, its own for a contractor.");
        contractors.MapGet("/overdue", OverdueAsync).WithName("ListOverdueContractorAssessments")
            .WithSummary("Entries whose assessment (監督・点検) is overdue: not ended, next assessment date passed or never set.");
        contractors.MapGet("/{id}", GetAsync).WithName("GetContractor")
            .WithSummary("One entry with its assessments and whether it is in force.");
        contractors.MapPost("/{id}/assessments", AssessAsync).WithName("AssessContractor")
            .WithSummary("Record an assessment; unsatisfactory suspends the contractor's access until a passing one.");
        contractors.MapPost("/{id}/end", EndAsync).WithName("EndContractor")
            .WithSummary("End the contract now: the contractor's access stops at once.");
        return api;
    }

    private static async Task<Created<ContractorResponse>> AddAsync(AddContractorRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var entry = new Entrustment(
            string.Empty,
            Guard.Required(request.Contractor, "contractor"),
            Guard.Required(request.ItemTypes, "item_types"),
            Guard.Required(request.PurposeCodes, "purpose_codes"),
            Guard.Required(request.ContractEnd, "contract_end"))
        {
            ProcessingContent = Guard.Required(request.ProcessingContent, "processing_content"),
            Country = string.IsNullOrWhiteSpace(request.Country) ? "JP" : request.Country,
            ContractDate = request.ContractDate,
            NextAssessmentDue = request.NextAssessmentDue,
            SubContractors = [.. (request.SubContractors ?? []).Select((s, i) => new SubContractor(
                Guard.Required(s.Name, $"sub_contractors[{i}].name"), Guard.Required(s.Country, $"sub_contractors[{i}].country"),
                s.ProcessingContent ?? string.Empty, s.Approved ?? false, string.IsNullOrWhiteSpace(s.Parent) ? null : s.Parent))],
        };
        var stored = await platform.Contractors.AddAsync(http.Caller(), entry, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"{MamoriApi.BasePath}/contractors/{stored.Id}", ContractorResponse.Of(stored));
    }

    private static async Task<Ok<IReadOnlyList<ContractorResponse>>> ListAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        if (caller.Role == Role.Contractor)
        {
            return TypedResults.Ok<IReadOnlyList<ContractorResponse>>(caller.Entrustment is { } own ? [ContractorResponse.Of(own)] : []);
        }

        var all = await platform.Contractors.ListAsync(caller, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<ContractorResponse>>([.. all.Select(ContractorResponse.Of)]);
    }

    private static async Task<Ok<IReadOnlyList<ContractorResponse>>> OverdueAsync(HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var overdue = await platform.Contractors.OverdueAsync(http.Caller(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<ContractorResponse>>([.. overdue.Select(ContractorResponse.Of)]);
    }

    private static async Task<Ok<ContractorDetailsResponse>> GetAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var details = await platform.Contractors.GetAsync(http.Caller(), Guard.Id(id, "contractor"), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ContractorDetailsResponse.Of(details));
    }

    private static async Task<Ok<ContractorDetailsResponse>> AssessAsync(string id, AssessContractorRequest request, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        if (!AssessmentNames.TryParseResult(Guard.Required(request.Result, "result"), out var result))
        {
            throw new PlatformException("invalid", "'result' is satisfactory, needs_improvement or unsatisfactory.");
        }

        var details = await platform.Contractors.AssessAsync(http.Caller(), Guard.Id(id, "contractor"),
            new NewAssessment(result, request.Notes ?? string.Empty, request.AssessedAt, request.NextDue), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ContractorDetailsResponse.Of(details));
    }

    private static async Task<Ok<ContractorResponse>> EndAsync(string id, HttpContext http, Platform platform, CancellationToken cancellationToken)
    {
        var ended = await platform.Contractors.EndAsync(http.Caller(), Guard.Id(id, "contractor"), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ContractorResponse.Of(ended));
    }
}
