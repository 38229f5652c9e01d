using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>
/// The contractor register (委託先管理台帳, Art. 25): each entrustment with the processing entrusted, its item types and
/// purposes, the contractor's country, contract date and end, the supervision (監督・点検) dates and results, and the
/// sub-contractor chain. The entrustment is also what limits a contractor user's access (<see cref="AccessPolicy"/>):
/// only its items and purposes, only while it is in force — ended, suspended or past its end, it stops access at once.
/// Changes are administrators' and privacy officers' and go to the access log.
/// </summary>
public sealed class ContractorRegister
{
    /// <summary>The assessment interval when none is given: a year.</summary>
    public static readonly TimeSpan DefaultAssessmentInterval = TimeSpan.FromDays(365);

    private readonly IPlatformStore _store;
    private readonly PurposeRegister _purposes;
    private readonly UserAdministration _users;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;

    internal ContractorRegister(IPlatformStore store, PurposeRegister purposes, UserAdministration users, AccessLog log, TimeProvider time)
    {
        _store = store;
        _purposes = purposes;
        _users = users;
        _log = log;
        _time = time;
    }

    /// <summary>Adds a contractor to the register (an entrustment with its register fields).</summary>
    /// <param name="caller">Who adds it (administrators and privacy officers).</param>
    /// <param name="entrustment">The entry; an empty id gets a new one, no next assessment date gets one a year after the contract date.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Entrustment> AddAsync(Caller caller, Entrustment entrustment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entrustment);
        await RequireSupervisorAsync(caller, "add contractor", cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(entrustment.Contractor))
        {
            problems.Add("name the contractor");
        }

        if (string.IsNullOrWhiteSpace(entrustment.ProcessingContent))
        {
            problems.Add("describe the processing entrusted (委託業務の内容)");
        }

        if (entrustment.ItemTypes.Count == 0)
        {
            problems.Add("name at least one item type");
        }

        if (entrustment.PurposeCodes.Count == 0)
        {
            problems.Add("name at least one purpose");
        }

        problems.AddRange(entrustment.ItemTypes.Where(t => !ItemTypes.IsEntrustable(t)).Select(t => $"unknown item type '{t}'"));
        var codes = (await _purposes.AllAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(entrustment.PurposeCodes.Where(c => !codes.Contains(c)).Select(c => $"unknown purpose '{c}'"));
        if (!IsCountry(entrustment.Country))
        {
            problems.Add($"the country '{entrustment.Country}' is not a two-letter ISO 3166-1 code (JP, US, PH…)");
        }

        if (entrustment.ContractDate is { } start && start > entrustment.ValidUntil)
        {
            problems.Add("the contract date is after the contract end");
        }

        if (entrustment.ValidUntil < now)
        {
            problems.Add("the contract end has already passed");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sub in entrustment.SubContractors)
        {
            if (string.IsNullOrWhiteSpace(sub.Name) || !names.Add(sub.Name))
            {
                problems.Add("every sub-contractor has a name of its own");
            }

            if (!IsCountry(sub.Country))
            {
                problems.Add($"the sub-contractor country '{sub.Country}' is not a two-letter ISO 3166-1 code");
            }

            if (sub.Parent is { } parent && (parent == sub.Name || !names.Contains(parent)))
            {
                problems.Add($"a sub-contractor's parent must be listed before it (the contractor itself when left out)");
            }
        }

        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", "The contractor entry is incomplete: " + string.Join("; ", problems.Distinct(StringComparer.Ordinal)) + ".");
        }

        var stored = entrustment with
        {
            Id = string.IsNullOrEmpty(entrustment.Id) ? Entrustment.NewId() : entrustment.Id,
            Country = entrustment.Country.ToUpperInvariant(),
            SubContractors = [.. entrustment.SubContractors.Select(s => s with { Country = s.Country.ToUpperInvariant() })],
            Status = EntrustmentStatus.Active,
            EndedAt = null,
            LastAssessedAt = null,
            LastAssessmentResult = null,
            NextAssessmentDue = entrustment.NextAssessmentDue ?? (entrustment.ContractDate ?? now) + DefaultAssessmentInterval,
        };
        if (await _store.GetEntrustmentAsync(stored.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new PlatformException("conflict", $"The entrustment '{stored.Id}' exists already.");
        }

        await _store.InsertEntrustmentAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, stored.ItemTypes, null, true, $"contractor {stored.Id} added to the register", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>The register (administrators and privacy officers).</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<Entrustment>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await RequireSupervisorAsync(caller, "list contractors", cancellationToken).ConfigureAwait(false);
        return await _store.GetEntrustmentsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entries whose assessment is overdue now (not ended; next assessment date passed or never set).</summary>
    /// <param name="caller">Who asks (administrators and privacy officers).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<Entrustment>> OverdueAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(caller, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return [.. all.Where(e => e.AssessmentOverdue(now)).OrderBy(e => e.NextAssessmentDue ?? DateTimeOffset.MinValue)];
    }

    /// <summary>One entry with its assessments: administrators and privacy officers, or the contractor bound to it.</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="entrustmentId">The entry.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ContractorDetails> GetAsync(Caller caller, string entrustmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var own = caller.Role == Role.Contractor && caller.Entrustment?.Id == entrustmentId;
        if (!own)
        {
            await RequireSupervisorAsync(caller, "show contractor", cancellationToken).ConfigureAwait(false);
        }

        var entrustment = await FindAsync(entrustmentId, cancellationToken).ConfigureAwait(false);
        var assessments = await _store.GetAssessmentsAsync(entrustment.Id, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return new ContractorDetails(entrustment, assessments, entrustment.IsInForce(now), entrustment.AssessmentOverdue(now));
    }

    /// <summary>
    /// Records an assessment. An unsatisfactory result suspends the contractor's access; a later satisfactory (or
    /// needs-improvement) one resumes it. An ended entrustment cannot be assessed.
    /// </summary>
    /// <param name="caller">Who records it (administrators and privacy officers).</param>
    /// <param name="entrustmentId">The entry.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ContractorDetails> AssessAsync(Caller caller, string entrustmentId, NewAssessment assessment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await RequireSupervisorAsync(caller, "assess contractor", cancellationToken).ConfigureAwait(false);
        var entrustment = await FindAsync(entrustmentId, cancellationToken).ConfigureAwait(false);
        if (entrustment.Status == EntrustmentStatus.Ended)
        {
            throw new PlatformException("conflict", $"The entrustment '{entrustment.Id}' has ended; there is nothing left to assess.");
        }

        if (!Enum.IsDefined(assessment.Result))
        {
            throw new PlatformException("invalid", "The result is satisfactory, needs_improvement or unsatisfactory.");
        }

        var now = _time.GetUtcNow();
        var at = assessment.AssessedAt ?? now;
        if (at > now)
        {
            throw new PlatformException("invalid", "An assessment is recorded once it has taken place: its date cannot be in the future.");
        }

        var next = assessment.NextDue ?? at + DefaultAssessmentInterval;
        if (next <= at)
        {
            throw new PlatformException("invalid", "The next assessment is due after this one.");
        }

        if ((assessment.Notes?.Length ?? 0) > 4000)
        {
            throw new PlatformException("invalid", "The notes are longer than 4,000 characters.");
        }

        var status = assessment.Result == AssessmentResult.Unsatisfactory ? EntrustmentStatus.Suspended : EntrustmentStatus.Active;
        var record = new ContractorAssessment(ContractorAssessment.NewId(), entrustment.Id, at, assessment.Result, caller.Name, assessment.Notes ?? string.Empty, next);
        await _store.InsertAssessmentAsync(record, status, cancellationToken).ConfigureAwait(false);
        if (status != entrustment.Status)
        {
            _users.ForgetSignIns();
        }

        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true,
            $"contractor {entrustment.Id} assessed: {AssessmentNames.Of(assessment.Result)}{(status != entrustment.Status ? ", access " + (status == EntrustmentStatus.Suspended ? "suspended" : "resumed") : string.Empty)}",
            cancellationToken).ConfigureAwait(false);
        return await GetAsync(caller, entrustment.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends an entrustment now: the contractor's access stops at once (signed-in tokens included) and for good.</summary>
    /// <param name="caller">Who ends it (administrators and privacy officers).</param>
    /// <param name="entrustmentId">The entry.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Entrustment> EndAsync(Caller caller, string entrustmentId, CancellationToken cancellationToken = default)
    {
        await RequireSupervisorAsync(caller, "end contractor", cancellationToken).ConfigureAwait(false);
        var entrustment = await FindAsync(entrustmentId, cancellationToken).ConfigureAwait(false);
        if (entrustment.Status == EntrustmentStatus.Ended)
        {
            return entrustment;
        }

        var now = _time.GetUtcNow();
        await _store.SetEntrustmentStatusAsync(entrustment.Id, EntrustmentStatus.Ended, now, cancellationToken).ConfigureAwait(false);
        _users.ForgetSignIns();
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"contractor {entrustment.Id} ended", cancellationToken).ConfigureAwait(false);
        return entrustment with { Status = EntrustmentStatus.Ended, EndedAt = now };
    }

    private static bool IsCountry(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetter);

    private async Task<Entrustment> FindAsync(string entrustmentId, CancellationToken cancellationToken) =>
        await _store.GetEntrustmentAsync(entrustmentId, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no entrustment '{entrustmentId}' in the contractor register.");

    private async Task RequireSupervisorAsync(Caller caller, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, what + ": refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers keep the contractor register (Art. 25).");
        }
    }
}
