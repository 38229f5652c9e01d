using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Requests;
using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>
/// The register of data-subject requests (Art. 32-39) and their fulfilment. A request is received (with its channel; the
/// response clock starts, due after <see cref="PlatformOptions.RequestResponseTime"/>), the person's identity is verified
/// (and an agent's authority), a fee is received where one is set (notification and disclosure only, Art. 38), and the
/// request is fulfilled — acting on the data — or refused with a reason told to the person (Art. 36). Handled by privacy
/// officers and administrators; every step is logged, and every disclosure is logged as an export of the person's items.
/// </summary>
public sealed class SubjectRequests
{
    /// <summary>The purpose written to the access log for what requests do to data: the Act itself requires it.</summary>
    public const string LogPurpose = "appi-request";

    private readonly IPlatformStore _store;
    private readonly SubjectRegistry _subjects;
    private readonly PurposeRegister _purposes;
    private readonly PublicStatement _statement;
    private readonly ThirdPartyProvision _provisions;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;
    private readonly PlatformOptions _options;

    internal SubjectRequests(IPlatformStore store, SubjectRegistry subjects, PurposeRegister purposes, PublicStatement statement, ThirdPartyProvision provisions, AccessLog log, TimeProvider time, PlatformOptions options)
    {
        _provisions = provisions;
        _store = store;
        _subjects = subjects;
        _purposes = purposes;
        _statement = statement;
        _log = log;
        _time = time;
        _options = options;
    }

    /// <summary>Whether a role handles requests: privacy officers and administrators.</summary>
    /// <param name="role">The role.</param>
    public static bool MayHandle(Role role) => role is Role.PrivacyOfficer or Role.Administrator;

    /// <summary>Records a request as received; its due time is receipt plus the configured response time.</summary>
    /// <param name="caller">Who records it.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SubjectRequest> AddAsync(Caller caller, NewSubjectRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await RequireHandlerAsync(caller, request.SubjectId, "add request", cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Channel) || request.Channel.Length > 100)
        {
            problems.Add("name the channel the request came by (web-form, mail, counter, phone…; at most 100 characters)");
        }

        if (request.Format is not null && request.Type is not (RequestType.Disclosure or RequestType.RecordDisclosure))
        {
            problems.Add($"a format (json, csv, pdf) applies to a disclosure only, not to {RequestNames.Name(request.Type)}");
        }

        if (request.FeeYen is { } fee && fee != 0 && !RequestNames.MayCarryFee(request.Type))
        {
            problems.Add($"only notification of purposes and disclosure may carry a fee (Art. 38), not {RequestNames.Name(request.Type)}");
        }

        if (request.FeeYen < 0)
        {
            problems.Add("a fee cannot be negative");
        }

        if (request.ReceivedAt > now)
        {
            problems.Add("the time of receipt cannot be in the future");
        }

        var unknown = (request.ItemTypes ?? []).Where(t => !ItemTypes.IsKnown(t)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add("unknown item type(s): " + string.Join(", ", unknown));
        }

        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", "The request cannot be recorded: " + string.Join("; ", problems) + ".");
        }

        var subject = await _store.GetSubjectAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
        if (subject is null || subject.Status == SubjectStatus.Erased)
        {
            throw new PlatformException("not_found", $"There is no subject '{request.SubjectId}' (or it was erased): find the person first (subject search), or refuse with no_retained_data.");
        }

        var profile = await _statement.ProfileAsync(cancellationToken).ConfigureAwait(false);
        var defaultFee = request.Type switch
        {
            RequestType.PurposeNotification => profile.NotificationFeeYen,
            RequestType.Disclosure or RequestType.RecordDisclosure => profile.DisclosureFeeYen,
            _ => 0,
        };
        var received = request.ReceivedAt ?? now;
        var stored = new SubjectRequest(SubjectRequest.NewId(), request.SubjectId, request.Type, request.Channel.Trim(), received,
            received + _options.RequestResponseTime, RequestStatus.Received, caller.UserId)
        {
            ByAgent = request.ByAgent,
            Format = request.Type == RequestType.Disclosure ? request.Format ?? DisclosureFormat.Json : null,
            FeeYen = request.FeeYen ?? defaultFee,
            ItemTypes = request.ItemTypes ?? [],
        };
        await _store.InsertRequestAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, stored.SubjectId, stored.ItemTypes, LogPurpose, true,
            $"request {stored.Id} received: {RequestNames.Name(stored.Type)} via {stored.Channel}", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Records that the requester's identity (and for an agent, the agent's authority) was verified.</summary>
    /// <param name="caller">Who verified it.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="method">How identity was verified (e.g. 運転免許証の写し, 会員ログイン).</param>
    /// <param name="agentVerification">For an agent request, how the authority was verified (委任状…).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SubjectRequest> VerifyAsync(Caller caller, string requestId, string method, string? agentVerification = null, CancellationToken cancellationToken = default)
    {
        var request = await OpenRequestAsync(caller, requestId, "verify", cancellationToken).ConfigureAwait(false);
        Expect(request, RequestStatus.Received, "verified", "It was verified already; fulfil or refuse it.");
        if (string.IsNullOrWhiteSpace(method) || method.Length > 200)
        {
            throw new PlatformException("invalid", "Say how the identity was verified (e.g. 運転免許証の写し, 会員ログイン; at most 200 characters).");
        }

        if (request.ByAgent && string.IsNullOrWhiteSpace(agentVerification))
        {
            throw new PlatformException("invalid", "This request comes from an agent: say how the agent's authority was verified as well (e.g. 委任状, 戸籍謄本 for a legal representative).");
        }

        var verified = request with
        {
            Status = RequestStatus.Verified,
            VerificationMethod = method.Trim(),
            AgentVerification = request.ByAgent ? agentVerification!.Trim() : null,
            VerifiedAt = _time.GetUtcNow(),
            VerifiedBy = caller.UserId,
        };
        await SaveAsync(verified, request.Status, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, request.SubjectId, [], LogPurpose, true, $"request {request.Id} verified", cancellationToken).ConfigureAwait(false);
        return verified;
    }

    /// <summary>Records that the request's fee was received.</summary>
    /// <param name="caller">Who received it.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SubjectRequest> RecordFeePaidAsync(Caller caller, string requestId, CancellationToken cancellationToken = default)
    {
        var request = await OpenRequestAsync(caller, requestId, "record fee", cancellationToken).ConfigureAwait(false);
        if (request.FeeYen == 0)
        {
            throw new PlatformException("conflict", $"The request '{request.Id}' carries no fee.");
        }

        if (request.FeePaidAt is not null)
        {
            throw new PlatformException("conflict", $"The fee of request '{request.Id}' was recorded as paid already.");
        }

        var paid = request with { FeePaidAt = _time.GetUtcNow() };
        await SaveAsync(paid, request.Status, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, request.SubjectId, [], LogPurpose, true, $"request {request.Id}: fee of {request.FeeYen} yen received", cancellationToken).ConfigureAwait(false);
        return paid;
    }

    /// <summary>
    /// Fulfils a verified request, acting on the data: a notification returns the purposes; a disclosure builds the package in
    /// the chosen format; a correction replaces the items given in <paramref name="corrections"/>; a suspension suspends every
    /// use; an erasure crypto-shreds the subject; do-not-contact marks the subject so no contact purpose may use it.
    /// </summary>
    /// <param name="caller">Who fulfils it.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="corrections">For a correction, the corrected values.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<RequestOutcome> FulfilAsync(Caller caller, string requestId, IReadOnlyList<NewItem>? corrections = null, CancellationToken cancellationToken = default)
    {
        var request = await OpenRequestAsync(caller, requestId, "fulfil", cancellationToken).ConfigureAwait(false);
        Expect(request, RequestStatus.Verified, "fulfilled", "Verify the requester's identity first (verify).");
        if (request.FeeYen > 0 && request.FeePaidAt is null)
        {
            throw new PlatformException("conflict", $"The fee of {request.FeeYen} yen for request '{request.Id}' has not been received: record it first, or refuse with fee_not_paid.");
        }

        if (request.Type == RequestType.Correction)
        {
            CheckCorrections(corrections);
        }
        else if (corrections is { Count: > 0 })
        {
            throw new PlatformException("invalid", $"Corrected values apply to a correction request, not to {RequestNames.Name(request.Type)}.");
        }

        var subject = await _subjects.LiveSubjectAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<PurposeUse>? purposes = null;
        DisclosureFile? package = null;
        string outcome;
        switch (request.Type)
        {
            case RequestType.PurposeNotification:
                purposes = await PurposesOfAsync(subject, cancellationToken).ConfigureAwait(false);
                await _log.AppendAsync(caller, AccessAction.Read, subject.Id, [], LogPurpose, true, $"request {request.Id}: purposes notified", cancellationToken).ConfigureAwait(false);
                outcome = $"{purposes.Count} purpose(s) notified";
                break;
            case RequestType.Disclosure:
                package = await DiscloseAsync(caller, request, subject, request.Format ?? DisclosureFormat.Json, cancellationToken).ConfigureAwait(false);
                outcome = $"disclosed as {RequestNames.Name(package.Format)}";
                break;
            case RequestType.Correction:
                var written = await _subjects.CorrectAsync(caller, subject, corrections!, request.Id, cancellationToken).ConfigureAwait(false);
                outcome = $"{written} item(s) corrected: {string.Join(", ", corrections!.Select(c => c.Type).Distinct(StringComparer.Ordinal))}";
                break;
            case RequestType.Suspension:
                await _subjects.SuspendForRequestAsync(caller, subject, request.Id, cancellationToken).ConfigureAwait(false);
                outcome = "use suspended for every purpose";
                break;
            case RequestType.Erasure:
                await _subjects.ShredAsync(caller, subject, request.Id, cancellationToken).ConfigureAwait(false);
                outcome = "erased (data key destroyed, items and events deleted)";
                break;
            case RequestType.DoNotContact:
                await _subjects.StopContactAsync(caller, subject, request.Id, cancellationToken).ConfigureAwait(false);
                outcome = "no contact purpose may use the data";
                break;
            case RequestType.RecordDisclosure:
                package = await DiscloseRecordsAsync(caller, request, subject, request.Format ?? DisclosureFormat.Json, cancellationToken).ConfigureAwait(false);
                outcome = $"provision and receipt records disclosed as {RequestNames.Name(package.Format)}";
                break;
            case RequestType.StopProvision:
                await _provisions.StopProvisionAsync(caller, subject.Id, null, $"request {request.Id}", cancellationToken).ConfigureAwait(false);
                outcome = "provision to every third party stopped";
                break;
            default:
                throw new PlatformException("invalid", $"Requests of type {RequestNames.Name(request.Type)} cannot be fulfilled.");
        }

        var fulfilled = request with { Status = RequestStatus.Fulfilled, FulfilledAt = _time.GetUtcNow(), AnsweredBy = caller.UserId, Outcome = outcome };
        await SaveAsync(fulfilled, request.Status, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, request.SubjectId, [], LogPurpose, true, $"request {request.Id} fulfilled", cancellationToken).ConfigureAwait(false);
        return new RequestOutcome(fulfilled, purposes, package);
    }

    /// <summary>Refuses an open request with the reason told to the person (Art. 36).</summary>
    /// <param name="caller">Who refuses it.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">More words for the person (required for <see cref="RefusalReason.Other"/>), without personal values.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SubjectRequest> RefuseAsync(Caller caller, string requestId, RefusalReason reason, string? note = null, CancellationToken cancellationToken = default)
    {
        var request = await OpenRequestAsync(caller, requestId, "refuse", cancellationToken).ConfigureAwait(false);
        if (!request.IsOpen)
        {
            throw new PlatformException("conflict", $"The request '{request.Id}' is {RequestNames.Name(request.Status)} already; it cannot be refused.");
        }

        if (reason is RefusalReason.HarmToPersonOrThirdParty or RefusalReason.SeriousHindranceToBusiness or RefusalReason.ViolatesOtherLaw
            && request.Type is not (RequestType.Disclosure or RequestType.RecordDisclosure or RequestType.PurposeNotification))
        {
            throw new PlatformException("invalid", $"The grounds of Art. 33(2) apply to disclosure, not to {RequestNames.Name(request.Type)}: use requirements_not_met or other.");
        }

        if (reason == RefusalReason.FeeNotPaid && (request.FeeYen == 0 || request.FeePaidAt is not null))
        {
            throw new PlatformException("invalid", $"Request '{request.Id}' has no unpaid fee.");
        }

        if (reason == RefusalReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new PlatformException("invalid", "Refusing for another reason needs a note explaining it to the person (Art. 36).");
        }

        if (note is { Length: > 1000 })
        {
            throw new PlatformException("invalid", "The note is longer than 1,000 characters.");
        }

        var refused = request with { Status = RequestStatus.Refused, RefusedAt = _time.GetUtcNow(), AnsweredBy = caller.UserId, RefusalReason = reason, Note = note?.Trim() };
        await SaveAsync(refused, request.Status, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, request.SubjectId, [], LogPurpose, true, $"request {request.Id} refused: {RequestNames.Name(reason)}", cancellationToken).ConfigureAwait(false);
        return refused;
    }

    /// <summary>One request.</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<SubjectRequest> GetAsync(Caller caller, string requestId, CancellationToken cancellationToken = default) =>
        OpenRequestAsync(caller, requestId, "show", cancellationToken);

    /// <summary>Requests in order of receipt: all, only open ones, or only the overdue ones (open past their due time).</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="openOnly">Only open requests.</param>
    /// <param name="overdueOnly">Only open requests past their due time.</param>
    /// <param name="subjectId">Only this subject's.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<SubjectRequest>> ListAsync(Caller caller, bool openOnly = false, bool overdueOnly = false, string? subjectId = null, CancellationToken cancellationToken = default)
    {
        await RequireHandlerAsync(caller, subjectId, "list requests", cancellationToken).ConfigureAwait(false);
        var requests = await _store.ListRequestsAsync(openOnly || overdueOnly, subjectId, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return overdueOnly ? [.. requests.Where(r => r.IsOverdue(now))] : requests;
    }

    /// <summary>The package of a fulfilled disclosure again (e.g. in another format the person asks for), logged as a new disclosure.</summary>
    /// <param name="caller">Who builds it.</param>
    /// <param name="requestId">The disclosure request.</param>
    /// <param name="format">The format; null for the one the person chose.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<DisclosureFile> PackageAsync(Caller caller, string requestId, DisclosureFormat? format = null, CancellationToken cancellationToken = default)
    {
        var request = await OpenRequestAsync(caller, requestId, "disclosure package", cancellationToken).ConfigureAwait(false);
        if (request.Type is not (RequestType.Disclosure or RequestType.RecordDisclosure) || request.Status != RequestStatus.Fulfilled)
        {
            throw new PlatformException("conflict", $"Request '{request.Id}' is not a fulfilled disclosure: only those have a package.");
        }

        var subject = await _subjects.LiveSubjectAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
        var chosen = format ?? request.Format ?? DisclosureFormat.Json;
        return request.Type == RequestType.RecordDisclosure
            ? await DiscloseRecordsAsync(caller, request, subject, chosen, cancellationToken).ConfigureAwait(false)
            : await DiscloseAsync(caller, request, subject, chosen, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The purposes a subject's data is used for now: those in effect that use an item type the subject holds, and — when they need consent — that the person consented to.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    internal async Task<IReadOnlyList<PurposeUse>> PurposesOfAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var items = await _store.GetItemsAsync(subject.Id, cancellationToken).ConfigureAwait(false);
        var consents = await _store.GetConsentsAsync(subject.Id, cancellationToken).ConfigureAwait(false);
        return await PurposesOfAsync([.. items.Select(i => i.Type)], consents, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<PurposeUse>> PurposesOfAsync(IReadOnlyCollection<string> heldTypes, IReadOnlyList<Consents.ConsentRecord> consents, CancellationToken cancellationToken)
    {
        var held = heldTypes.ToHashSet(StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        var uses = new List<PurposeUse>();
        foreach (var code in (await _purposes.AllAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var purpose = await _purposes.CurrentAsync(code, cancellationToken).ConfigureAwait(false);
            if (purpose is null)
            {
                continue;
            }

            var types = purpose.ItemTypes.Where(held.Contains).ToList();
            if (types.Count == 0 || (purpose.RequiresConsent && !AccessPolicy.HasConsent(consents, purpose.Code)))
            {
                continue;
            }

            uses.Add(new PurposeUse(purpose.Code, purpose.Version, purpose.Title, purpose.PublishedText, types, purpose.RequiresConsent ? "consent" : "notified"));
        }

        return uses;
    }

    private async Task<DisclosureFile> DiscloseAsync(Caller caller, SubjectRequest request, DataSubject subject, DisclosureFormat format, CancellationToken cancellationToken)
    {
        var (items, events, consents) = await _subjects.EverythingAsync(subject, cancellationToken).ConfigureAwait(false);
        var purposes = await PurposesOfAsync([.. items.Select(i => i.Type)], consents, cancellationToken).ConfigureAwait(false);
        var notices = items.Select(i => i.Provenance.NoticeId).Concat(consents.Select(c => c.NoticeId))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var profile = await _statement.ProfileAsync(cancellationToken).ConfigureAwait(false);
        var package = new DisclosurePackage(request.Id, subject.Id, _time.GetUtcNow(), profile.Name, items, consents, events, purposes, notices);
        var file = DisclosureRenderer.Render(package, format, _options);
        await _log.AppendAsync(caller, AccessAction.Export, subject.Id, items.Select(i => i.Type).Append("CONSENT").Append("EVENT"), LogPurpose, true,
            $"request {request.Id}: disclosure as {RequestNames.Name(format)} ({items.Count} item(s), {consents.Count} consent(s), {events.Count} event(s))", cancellationToken).ConfigureAwait(false);
        return file;
    }

    // Art. 33(5): the records of provision to and receipt from third parties (Art. 29, 30, 31), without the operational
    // entries of exceptions, entrustment, succession and joint use, which are not records under the Act.
    private async Task<DisclosureFile> DiscloseRecordsAsync(Caller caller, SubjectRequest request, DataSubject subject, DisclosureFormat format, CancellationToken cancellationToken)
    {
        var records = await _provisions.GetRecordsForSubjectAsync(subject.Id, includeOperational: false, cancellationToken).ConfigureAwait(false);
        var profile = await _statement.ProfileAsync(cancellationToken).ConfigureAwait(false);
        var package = new DisclosurePackage(request.Id, subject.Id, _time.GetUtcNow(), profile.Name, [], [], [], [], []) { Records = records, RecordsOnly = true };
        var file = DisclosureRenderer.Render(package, format, _options);
        await _log.AppendAsync(caller, AccessAction.Export, subject.Id, ["PROVISION_RECORD"], LogPurpose, true,
            $"request {request.Id}: provision records disclosed as {RequestNames.Name(format)} ({records.Count} record(s))", cancellationToken).ConfigureAwait(false);
        return file;
    }

    private static void CheckCorrections(IReadOnlyList<NewItem>? corrections)
    {
        if (corrections is null || corrections.Count == 0)
        {
            throw new PlatformException("invalid", "A correction needs the corrected values (item type and value for each).");
        }

        foreach (var item in corrections)
        {
            if (!ItemTypes.IsKnown(item.Type))
            {
                throw new PlatformException("invalid", $"Unknown item type '{item.Type}'.");
            }

            if (string.IsNullOrWhiteSpace(item.Value) || item.Value.Length > 10_000)
            {
                throw new PlatformException("invalid", $"The corrected {item.Type} value is empty or longer than 10,000 characters.");
            }
        }

        if (corrections.Select(c => c.Type).Distinct(StringComparer.Ordinal).Count() != corrections.Count)
        {
            throw new PlatformException("invalid", "Give one corrected value per item type.");
        }
    }

    private static void Expect(SubjectRequest request, RequestStatus expected, string step, string hint)
    {
        if (request.Status != expected)
        {
            throw new PlatformException("conflict",
                $"Request '{request.Id}' is {RequestNames.Name(request.Status)}; only a {RequestNames.Name(expected)} request can be {step}. " +
                (request.IsOpen ? hint : "It is answered already."));
        }
    }

    private async Task SaveAsync(SubjectRequest request, RequestStatus expected, CancellationToken cancellationToken)
    {
        if (!await _store.UpdateRequestAsync(request, expected, cancellationToken).ConfigureAwait(false))
        {
            throw new PlatformException("conflict", $"Request '{request.Id}' was changed by someone else meanwhile; look at it again (requests show).");
        }
    }

    private async Task<SubjectRequest> OpenRequestAsync(Caller caller, string requestId, string what, CancellationToken cancellationToken)
    {
        await RequireHandlerAsync(caller, null, what + " " + requestId, cancellationToken).ConfigureAwait(false);
        return await _store.GetRequestAsync(requestId, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no request '{requestId}'.");
    }

    private async Task RequireHandlerAsync(Caller caller, string? subjectId, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!MayHandle(caller.Role))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, subjectId, [], LogPurpose, false, what + ": refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only privacy officers and administrators handle data-subject requests.");
        }
    }
}
