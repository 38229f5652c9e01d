using System.Globalization;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Provision;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Core.Features;

/// <summary>
/// Provision of personal data to recipients (Art. 27-29, 31) and the records of provision and receipt (Art. 29, 30) with their
/// retention: <see cref="ProvideAsync"/> checks the recipient's basis for the whole request and then each person, leaves out
/// with a reason everyone the basis does not cover, and writes the records for the rest in one transaction; people's
/// requests to stop provision (<see cref="StopProvisionAsync"/>); the records a person is shown on disclosure
/// (<see cref="GetRecordsForSubjectAsync(string, bool, CancellationToken)"/>, Art. 33(5)); and the purge after retention
/// (<see cref="PurgeExpiredRecordsAsync(DateTimeOffset, CancellationToken)"/>).
/// </summary>
/// <remarks>
/// Who provides: administrators, privacy officers and marketers (marketers share data with partners; the register that
/// decides what is lawful is kept by administrators and privacy officers). Consent to provision is a consent record for
/// the purpose with the recipient's id (<see cref="Consents.ConsentRecord.RecipientId"/>): the latest such record decides.
/// </remarks>
public sealed class ThirdPartyProvision
{
    private readonly IPlatformStore _store;
    private readonly RecipientRegister _recipients;
    private readonly PurposeRegister _purposes;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;

    internal ThirdPartyProvision(IPlatformStore store, RecipientRegister recipients, PurposeRegister purposes, AccessLog log, TimeProvider time)
    {
        _store = store;
        _recipients = recipients;
        _purposes = purposes;
        _log = log;
        _time = time;
    }

    /// <summary>The retention deadline of a record made at <paramref name="at"/>: 1 year when a contract substitutes for it, else 3 years (Rules Art. 21, 25).</summary>
    /// <param name="at">The (last) provision or receipt.</param>
    /// <param name="contractSubstitutes">Whether a contract holds the record items.</param>
    public static DateTimeOffset RetainUntil(DateTimeOffset at, bool contractSubstitutes) => at.AddYears(contractSubstitutes ? 1 : 3);

    /// <summary>
    /// Provides item types of people to a recipient for a purpose. The request as a whole is refused (nothing provided) when the
    /// recipient's basis cannot cover it: unknown recipient, role, purpose, special care-required items by opt-out, items
    /// outside the opt-out filing or joint-use statement, a foreign recipient without an Art. 28 basis in review, personal-related
    /// items without an Art. 31 confirmation. Then each person is checked and left out with a reason when erased, suspended,
    /// stopped, without consent (consent route), or received by opt-out (opt-out route). The records for the people provided
    /// are written in one transaction, and one access-log entry names the provision.
    /// </summary>
    /// <param name="caller">Who provides.</param>
    /// <param name="request">What, to whom, why.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ProvisionResult> ProvideAsync(Caller caller, ProvisionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var now = _time.GetUtcNow();
        var types = request.ItemTypes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var (recipient, art31) = await CheckRequestAsync(caller, request, types, now, cancellationToken).ConfigureAwait(false);

        var ids = request.AllSubjects ? await AllSubjectIdsAsync(cancellationToken).ConfigureAwait(false) : request.SubjectIds.Distinct(StringComparer.Ordinal).ToList();
        var kind = art31 is not null ? RecordKind.PersonalRelated : recipient.Basis is ProvisionBasis.Consent or ProvisionBasis.OptOut ? RecordKind.Provision : RecordKind.Operational;
        var needsConsent = art31 is null && (recipient.Basis == ProvisionBasis.Consent
            || (recipient.IsForeign && recipient.Basis != ProvisionBasis.Exception && recipient.Foreign?.Basis == ForeignTransferBasis.Consent));
        var retainUntil = RetainUntil(now, recipient.ContractSubstitutesRecord);
        var provisionId = TimeOrderedId.New('V');
        var records = new List<ProvisionRecord>(ids.Count);
        var refusals = new List<ProvisionRefusal>();
        var provided = new List<string>(ids.Count);
        var facts = await _store.GetProvisionFactsAsync(ids, recipient.Id, request.PurposeCode, types, cancellationToken).ConfigureAwait(false);
        string[] everyType = [.. types];
        foreach (var fact in facts)
        {
            if (request.AllSubjects && fact.Status == SubjectStatus.Erased)
            {
                continue;
            }

            if (Refusal(fact, recipient, needsConsent, types) is { } refusal)
            {
                refusals.Add(refusal);
                continue;
            }

            // People holding every item share one list (most do): the store writes it once.
            var held = fact.HeldItemTypes.Count == everyType.Length ? everyType : types.Where(fact.HeldItemTypes.Contains).ToArray();
            provided.Add(fact.SubjectId);
            records.Add(new ProvisionRecord(
                ProvisionRecord.NewId(), kind, fact.SubjectId, recipient.Id, recipient.Name, recipient.Address, recipient.Representative,
                recipient.Basis, held, now, now, retainUntil)
            {
                OperationId = provisionId,
                PurposeCode = request.PurposeCode,
                ConsentId = needsConsent ? fact.ConsentId : null,
                ConsentConfirmed = art31 is not null,
                Country = recipient.Country,
                Bulk = request.Bulk,
            });
        }

        await _store.WriteRecordsAsync(records, cancellationToken).ConfigureAwait(false);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"provision {provisionId} to recipient {recipient.Id} ({ProvisionCodes.Name(recipient.Basis)}{(art31 is null ? string.Empty : ", Art. 31 " + art31.Id)}): {provided.Count} provided, {refusals.Count} left out");
        await _log.AppendAsync(caller, AccessAction.Provide, provided.Count == 1 ? provided[0] : null, types, request.PurposeCode, true, detail, cancellationToken).ConfigureAwait(false);
        return new ProvisionResult(provisionId, recipient.Id, recipient.Basis, kind, types, provided, refusals, now, retainUntil);
    }

    /// <summary>
    /// Records a person's request to stop provision to third parties (Art. 27(2), 35(3)): to every recipient, or to one.
    /// Later provisions leave them out. Administrators and privacy officers (the data-subject request workflow calls this).
    /// </summary>
    /// <param name="caller">Who records it.</param>
    /// <param name="subjectId">The person.</param>
    /// <param name="recipientId">The recipient, or null for every recipient.</param>
    /// <param name="reason">Why (a request id) — no personal values.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ProvisionStop> StopProvisionAsync(Caller caller, string subjectId, string? recipientId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Provide, subjectId, [], null, false, "stop provision: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers record a stop of provision.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PlatformException("invalid", "Give the reason for the stop (the request id, for instance).");
        }

        if (await _store.GetSubjectAsync(subjectId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new PlatformException("not_found", $"There is no subject '{subjectId}'.");
        }

        if (recipientId is not null && await _recipients.GetAsync(recipientId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new PlatformException("not_found", $"There is no recipient '{recipientId}' (see mamori recipients list).");
        }

        var stop = new ProvisionStop(ProvisionStop.NewId(), subjectId, recipientId, reason.Trim(), _time.GetUtcNow(), caller.UserId);
        await _store.InsertProvisionStopAsync(stop, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Provide, subjectId, [], null, true,
            recipientId is null ? "provision stopped for every recipient" : $"provision stopped for recipient {recipientId}", cancellationToken).ConfigureAwait(false);
        return stop;
    }

    /// <summary>A person's provision stops.</summary>
    /// <param name="subjectId">The person.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<ProvisionStop>> StopsAsync(string subjectId, CancellationToken cancellationToken = default) =>
        _store.GetProvisionStopsAsync(subjectId, cancellationToken);

    /// <summary>
    /// Every provision and receipt record concerning one person (Art. 29, 30, 31), oldest first — what a disclosure request under
    /// Art. 33(5) returns. Unchecked: for the data-subject request workflow, which decides who asks and logs the disclosure.
    /// </summary>
    /// <param name="subjectId">The person.</param>
    /// <param name="includeOperational">Also the operational entries (exception, entrustment, succession, joint use), which are not statutory records.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<ProvisionRecord>> GetRecordsForSubjectAsync(string subjectId, bool includeOperational = false, CancellationToken cancellationToken = default)
    {
        var records = await _store.GetRecordsForSubjectAsync(subjectId, cancellationToken).ConfigureAwait(false);
        return includeOperational ? records : [.. records.Where(r => r.Kind != RecordKind.Operational)];
    }

    /// <summary>A person's records for a caller who keeps them (administrators and privacy officers); the read is logged.</summary>
    /// <param name="caller">Who reads.</param>
    /// <param name="subjectId">The person.</param>
    /// <param name="includeOperational">Also the operational entries.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<ProvisionRecord>> GetRecordsForSubjectAsync(Caller caller, string subjectId, bool includeOperational = false, CancellationToken cancellationToken = default)
    {
        await RequireAuditorAsync(caller, subjectId, "read provision records", cancellationToken).ConfigureAwait(false);
        var records = await GetRecordsForSubjectAsync(subjectId, includeOperational, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Read, subjectId, ["PROVISION_RECORD"], null, true, $"{records.Count} provision record(s)", cancellationToken).ConfigureAwait(false);
        return records;
    }

    /// <summary>Records matching a filter, newest first (administrators and privacy officers); the read is logged.</summary>
    /// <param name="caller">Who reads.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<ProvisionRecord>> ListRecordsAsync(Caller caller, RecordFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await RequireAuditorAsync(caller, filter.SubjectId, "list provision records", cancellationToken).ConfigureAwait(false);
        if (filter.Limit is < 1 or > 100_000)
        {
            throw new PlatformException("invalid", "The limit must be between 1 and 100,000.");
        }

        var records = await _store.ListRecordsAsync(filter, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Read, filter.SubjectId, ["PROVISION_RECORD"], null, true, $"{records.Count} provision record(s) listed", cancellationToken).ConfigureAwait(false);
        return records;
    }

    /// <summary>
    /// Deletes every record whose retention deadline has passed (Rules Art. 21, 25): the retention job calls this on its schedule.
    /// Logged as the local operator.
    /// </summary>
    /// <param name="now">The time the deadlines are compared with.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many records were deleted.</returns>
    public async Task<int> PurgeExpiredRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var purged = await _store.PurgeRecordsAsync(now, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(Caller.LocalOperator, AccessAction.Provide, null, ["PROVISION_RECORD"], null, true,
            string.Create(CultureInfo.InvariantCulture, $"{purged} provision record(s) past retention purged"), cancellationToken).ConfigureAwait(false);
        return purged;
    }

    /// <summary>Purges the records past retention now, for a caller who keeps them (administrators and privacy officers).</summary>
    /// <param name="caller">Who purges.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many records were deleted.</returns>
    public async Task<int> PurgeExpiredRecordsAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await RequireAuditorAsync(caller, null, "purge provision records", cancellationToken).ConfigureAwait(false);
        var purged = await _store.PurgeRecordsAsync(_time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Provide, null, ["PROVISION_RECORD"], null, true,
            string.Create(CultureInfo.InvariantCulture, $"{purged} provision record(s) past retention purged"), cancellationToken).ConfigureAwait(false);
        return purged;
    }

    /// <summary>The Art. 30 recipient records of people imported from a confirmed provider.</summary>
    internal static ProvisionRecord ReceiptRecord(ReceiptConfirmation confirmation, string subjectId, IReadOnlyList<string> itemTypes, string importId, DateTimeOffset now) =>
        new(ProvisionRecord.NewId(), RecordKind.Receipt, subjectId, confirmation.Id, confirmation.ProviderName, confirmation.ProviderAddress,
            confirmation.ProviderRepresentative, confirmation.Route, itemTypes, now, now, RetainUntil(now, confirmation.ContractSubstitutesRecord))
        {
            OperationId = importId,
            ConsentConfirmed = confirmation.Route == ProvisionBasis.Consent,
            ProviderAcquisition = confirmation.ProviderAcquisition,
            PpcPublication = confirmation.PpcPublication,
        };

    private static ProvisionRefusal? Refusal(ProvisionFacts fact, Recipient recipient, bool needsConsent, List<string> types)
    {
        var id = fact.SubjectId;
        return fact.Status switch
        {
            null => new ProvisionRefusal(id, "not_found", "There is no such subject."),
            SubjectStatus.Erased => new ProvisionRefusal(id, "erased", "The person's data was erased."),
            SubjectStatus.Suspended => new ProvisionRefusal(id, "suspended", "Use of the person's data is suspended at their request (Art. 35)."),
            _ when fact.Stopped => new ProvisionRefusal(id, "provision_stopped", "The person asked to stop provision to third parties (Art. 27(2), 35(3))."),
            _ when needsConsent && !fact.ConsentGiven => new ProvisionRefusal(id, "no_consent",
                recipient.Basis == ProvisionBasis.Consent
                    ? "The person has not consented to provision to this recipient for this purpose, or withdrew it (Art. 27(1))."
                    : "The person has not consented to provision to this recipient abroad (Art. 28(1))."),
            _ when recipient.Basis == ProvisionBasis.OptOut && fact.ReceivedByOptOut => new ProvisionRefusal(id, "received_by_opt_out",
                "The person's data was itself received by opt-out and cannot be provided on by opt-out (Art. 27(2))."),
            _ when !types.Any(fact.HeldItemTypes.Contains) => new ProvisionRefusal(id, "no_items", "The person holds none of the items requested."),
            _ => null,
        };
    }

    private async Task<(Recipient Recipient, PersonalRelatedConfirmation? Art31)> CheckRequestAsync(
        Caller caller, ProvisionRequest request, List<string> types, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (caller.Role is not (Role.Administrator or Role.PrivacyOfficer or Role.Marketer))
        {
            await RefuseAsync("forbidden", $"The role {Roles.Name(caller.Role)} may not provide personal data to third parties (administrators, privacy officers and marketers may).").ConfigureAwait(false);
        }

        var recipient = await _recipients.GetAsync(request.RecipientId, cancellationToken).ConfigureAwait(false);
        if (recipient is null)
        {
            await RefuseAsync("not_found", $"There is no recipient '{request.RecipientId}' (see mamori recipients list).").ConfigureAwait(false);
        }

        var purpose = await _purposes.CurrentAsync(request.PurposeCode, cancellationToken).ConfigureAwait(false);
        if (purpose is null)
        {
            await RefuseAsync(string.IsNullOrWhiteSpace(request.PurposeCode) ? "purpose_required" : "purpose_not_allowed",
                $"Declare a registered purpose in effect for the provision (Art. 18); '{request.PurposeCode}' is not one.").ConfigureAwait(false);
        }

        if (!request.AllSubjects && request.SubjectIds.Count == 0)
        {
            await RefuseAsync("invalid", "Name the subjects to provide (or all of them).").ConfigureAwait(false);
        }

        var problems = new List<string>();
        RecipientRegister.CheckItems(problems, types, "the items to provide");
        var outside = types.Where(t => ItemTypes.IsKnown(t) && !purpose!.ItemTypes.Contains(t)).ToList();
        if (outside.Count > 0)
        {
            problems.Add($"the purpose '{purpose!.Code}' does not cover {string.Join(", ", outside)}");
        }

        if (problems.Count > 0)
        {
            await RefuseAsync("invalid", "The provision cannot be made: " + string.Join("; ", problems) + ".").ConfigureAwait(false);
        }

        var r = recipient!;
        if (r.Basis == ProvisionBasis.OptOut)
        {
            var special = types.Where(t => ItemTypes.CategoryOf(t) == PiiCategory.SpecialCare).ToList();
            if (special.Count > 0)
            {
                await RefuseAsync("invalid", $"Special care-required information ({string.Join(", ", special)}) is never provided by opt-out (Art. 27(2)).").ConfigureAwait(false);
            }

            var unfiled = types.Where(t => !r.OptOut!.ItemTypes.Contains(t)).ToList();
            if (unfiled.Count > 0)
            {
                await RefuseAsync("invalid", $"The opt-out filing does not cover {string.Join(", ", unfiled)}: file the items with the PPC first (Art. 27(3)).").ConfigureAwait(false);
            }

            if (r.OptOut!.StartsOn > now)
            {
                await RefuseAsync("conflict", $"Opt-out provision to this recipient starts on {r.OptOut.StartsOn:yyyy-MM-dd} as filed with the PPC.").ConfigureAwait(false);
            }
        }

        if (r.Basis == ProvisionBasis.JointUse)
        {
            var outsideStatement = types.Where(t => !r.JointUse!.ItemTypes.Contains(t)).ToList();
            if (outsideStatement.Count > 0)
            {
                await RefuseAsync("invalid", $"The joint-use statement does not cover {string.Join(", ", outsideStatement)} (Art. 27(5)(iii)).").ConfigureAwait(false);
            }
        }

        if (r.IsForeign && r.Basis != ProvisionBasis.Exception)
        {
            if (r.Foreign is null)
            {
                await RefuseAsync("conflict", $"The recipient is in {r.Country} and has no Art. 28 basis (consent with information, EU/EEA/UK, an equivalent system by contract or APEC CBPR): record one in the register first.").ConfigureAwait(false);
            }
            else if (r.Foreign.ReviewDue < now)
            {
                await RefuseAsync("conflict", $"The Art. 28 basis of this recipient was due for review on {r.Foreign.ReviewDue:yyyy-MM-dd}: review it and revise the register first (Rules Art. 18).").ConfigureAwait(false);
            }
        }

        PersonalRelatedConfirmation? art31 = null;
        if (types.All(t => ItemTypes.CategoryOf(t) == PiiCategory.PersonalRelated) && r.Basis is ProvisionBasis.Consent or ProvisionBasis.OptOut)
        {
            art31 = (await _store.GetPersonalRelatedConfirmationsAsync(cancellationToken).ConfigureAwait(false))
                .Where(c => c.RecipientId == r.Id && c.ValidUntil >= now && types.All(c.ItemTypes.Contains) && (!r.IsForeign || c.ForeignInformationConfirmed))
                .MaxBy(c => c.ConfirmedAt);
            if (art31 is null)
            {
                await RefuseAsync("conflict", $"{string.Join(", ", types)} is personal-related information: confirm first that the recipient holds the people's consent to receive it linked to them (Art. 31; mamori recipients confirm-art31).").ConfigureAwait(false);
            }
        }

        return (r, art31);

        async Task RefuseAsync(string code, string message)
        {
            await _log.AppendAsync(caller, AccessAction.Provide, null, types, request.PurposeCode, false, $"provide to {request.RecipientId}: refused ({code})", cancellationToken).ConfigureAwait(false);
            throw new PlatformException(code, message);
        }
    }

    private async Task RequireAuditorAsync(Caller caller, string? subjectId, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.MayAudit(caller.Role))
        {
            await _log.AppendAsync(caller, AccessAction.Provide, subjectId, ["PROVISION_RECORD"], null, false, what + ": refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers read and purge the provision records.");
        }
    }

    private async Task<List<string>> AllSubjectIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await _store.ListSubjectIdsAsync(after, 10_000, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return ids;
            }

            ids.AddRange(page);
            after = page[^1];
        }
    }
}
