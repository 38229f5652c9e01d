using System.Text.Json;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Consents;
using Mamori.Core.Ports;
using Mamori.Core.Security;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Core.Features;

/// <summary>
/// Subjects and their personal data: registration (special care-required items only with prior
/// consent, Art. 20(2)), purpose-checked and masked reads, searches through blind indexes, events,
/// suspension and erasure by crypto-shredding. Every access, allowed or refused, goes to the access log.
/// </summary>
public sealed partial class SubjectRegistry
{
    private readonly IPlatformStore _store;
    private readonly ISubjectKeyStore _keys;
    private readonly MasterKeys _master;
    private readonly AccessLog _log;
    private readonly PurposeRegister _purposes;
    private readonly TimeProvider _time;

    internal SubjectRegistry(IPlatformStore store, ISubjectKeyStore keys, MasterKeys master, AccessLog log, PurposeRegister purposes, TimeProvider time)
    {
        _store = store;
        _keys = keys;
        _master = master;
        _log = log;
        _purposes = purposes;
        _time = time;
    }

    /// <summary>Registers a new subject with items and consents for a purpose.</summary>
    /// <param name="caller">Who registers it.</param>
    /// <param name="purposeCode">The purpose the data is collected for.</param>
    /// <param name="items">The items.</param>
    /// <param name="consents">Consents given at collection.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The new subject's id.</returns>
    public async Task<string> RegisterAsync(Caller caller, string? purposeCode, IReadOnlyList<NewItem> items, IReadOnlyList<NewConsent> consents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(consents);
        var now = _time.GetUtcNow();
        var subject = new DataSubject(DataSubject.NewId(), now, SubjectStatus.Active);
        var records = consents.Select(c => new ConsentRecord(ConsentRecord.NewId(), subject.Id, c.PurposeCode, c.Given, now, c.Channel, c.NoticeId, c.Evidence) { RecipientId = c.RecipientId }).ToList();
        var purpose = await _purposes.CurrentAsync(purposeCode, cancellationToken).ConfigureAwait(false);
        var decision = AccessPolicy.Decide(caller.Role, caller.Entrustment, AccessAction.Write, purposeCode, purpose, subject, records, now);
        await RefuseUnlessAsync(caller, decision, AccessAction.Write, null, items.Select(i => i.Type), purposeCode, cancellationToken).ConfigureAwait(false);
        await ValidateItemsAsync(caller, purposeCode, items, decision, records, cancellationToken).ConfigureAwait(false);
        foreach (var consent in records)
        {
            if (await _purposes.CurrentAsync(consent.PurposeCode, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new PlatformException("invalid", $"The consent names the unknown purpose '{consent.PurposeCode}'.");
            }
        }

        var record = Seal(subject, items, records, now, importId: null);
        await _keys.PutAsync([(subject.Id, record.Key)], cancellationToken).ConfigureAwait(false);
        await _store.InsertSubjectsAsync([record], cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Write, subject.Id, items.Select(i => i.Type), purposeCode, true, "subject registered", cancellationToken).ConfigureAwait(false);
        return subject.Id;
    }

    /// <summary>Reads a subject for a purpose: the items the purpose covers, masked for the caller's role.</summary>
    /// <param name="caller">Who reads.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SubjectView> GetAsync(Caller caller, string subjectId, string? purposeCode, CancellationToken cancellationToken = default)
    {
        var (subject, decision) = await DecideAsync(caller, subjectId, AccessAction.Read, purposeCode, cancellationToken).ConfigureAwait(false);
        var view = await ViewAsync(subject, decision, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Read, subjectId, view.Items.Select(i => i.Type), purposeCode, true, null, cancellationToken).ConfigureAwait(false);
        return view;
    }

    /// <summary>Finds subjects by e-mail address, phone number or member id (exact, through the blind index).</summary>
    /// <param name="caller">Who searches.</param>
    /// <param name="itemType">EMAIL_ADDRESS, PHONE_NUMBER or MEMBER_ID.</param>
    /// <param name="value">The value to look for.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The ids of matching subjects the caller may use for the purpose.</returns>
    public async Task<IReadOnlyList<string>> SearchAsync(Caller caller, string itemType, string value, string? purposeCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ItemTypes.Searchable.Contains(itemType))
        {
            throw new PlatformException("invalid", $"Search by {itemType} is not possible: only {string.Join(", ", ItemTypes.Searchable)} are indexed.");
        }

        // Who may look for this type for this purpose is decided before the lookup: a search answers whether
        // someone is a customer, so a caller who may not see the type (or whose entrustment ended) learns nothing.
        var purpose = await _purposes.CurrentAsync(purposeCode, cancellationToken).ConfigureAwait(false);
        var scope = AccessPolicy.DecidePurpose(caller.Role, caller.Entrustment, AccessAction.Search, purposeCode, purpose, _time.GetUtcNow());
        if (scope.Allowed && !scope.VisibleItemTypes.Contains(itemType))
        {
            scope = purpose!.ItemTypes.Contains(itemType)
                ? AccessDecision.Deny("entrustment", $"The entrustment does not cover {itemType}.")
                : AccessDecision.Deny("purpose_not_allowed", $"The purpose '{purpose.Code}' does not cover {itemType}.");
        }

        if (!scope.Allowed)
        {
            await _log.AppendAsync(caller, AccessAction.Search, null, [itemType], purposeCode, false, scope.Code, cancellationToken).ConfigureAwait(false);
            throw new PlatformException(scope.Code, scope.Reason);
        }

        var ids = await _store.FindByBlindIndexAsync(itemType, _master.Current.BlindIndex(itemType, value), cancellationToken).ConfigureAwait(false);
        var visible = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            var subject = await _store.GetSubjectAsync(id, cancellationToken).ConfigureAwait(false);
            if (subject is null || subject.Status == SubjectStatus.Erased)
            {
                continue;
            }

            var consents = await ConsentsForAsync(purpose, id, cancellationToken).ConfigureAwait(false);
            if (AccessPolicy.Decide(caller.Role, caller.Entrustment, AccessAction.Search, purposeCode, purpose, subject, consents, _time.GetUtcNow()).Allowed)
            {
                visible.Add(id);
            }
        }

        await _log.AppendAsync(caller, AccessAction.Search, visible.Count == 1 ? visible[0] : null, [itemType], purposeCode, true, $"{visible.Count} match(es)", cancellationToken).ConfigureAwait(false);
        return visible;
    }

    /// <summary>Adds items to a subject (a new e-mail address, a correction).</summary>
    /// <param name="caller">Who writes.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="items">The items.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task AddItemsAsync(Caller caller, string subjectId, string? purposeCode, IReadOnlyList<NewItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var (subject, decision) = await DecideAsync(caller, subjectId, AccessAction.Write, purposeCode, cancellationToken).ConfigureAwait(false);
        var consents = await _store.GetConsentsAsync(subjectId, cancellationToken).ConfigureAwait(false);
        await ValidateItemsAsync(caller, purposeCode, items, decision, consents, cancellationToken).ConfigureAwait(false);
        var dataKey = await DataKeyAsync(subject, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        await _store.UpsertItemsAsync([.. items.Select(i => SealItem(dataKey, subjectId, i, now))], cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Write, subjectId, items.Select(i => i.Type), purposeCode, true, "items added", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds events (purchases, rides, visits) to a subject.</summary>
    /// <param name="caller">Who writes.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="events">Kind, time and attributes of each event.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task AddEventsAsync(Caller caller, string subjectId, string? purposeCode, IReadOnlyList<(string Kind, DateTimeOffset At, IReadOnlyDictionary<string, string> Attributes)> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var (subject, _) = await DecideAsync(caller, subjectId, AccessAction.Write, purposeCode, cancellationToken).ConfigureAwait(false);
        await RefuseEventsUnlessEntrustedAsync(caller, subjectId, AccessAction.Write, purposeCode, cancellationToken).ConfigureAwait(false);
        var dataKey = await DataKeyAsync(subject, cancellationToken).ConfigureAwait(false);
        var stored = events.Select(e => new StoredEvent(SubjectEvent.NewId(), subjectId, e.Kind, e.At,
            EncryptionKeys.EncryptValue(dataKey, subjectId, "EVENT:" + e.Kind, JsonSerializer.Serialize(e.Attributes)))).ToList();
        await _store.InsertEventsAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Write, subjectId, [ItemTypes.Events], purposeCode, true, $"{stored.Count} event(s) added", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A subject's events, decrypted.</summary>
    /// <param name="caller">Who reads.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<SubjectEvent>> GetEventsAsync(Caller caller, string subjectId, string? purposeCode, CancellationToken cancellationToken = default)
    {
        var (subject, _) = await DecideAsync(caller, subjectId, AccessAction.Read, purposeCode, cancellationToken).ConfigureAwait(false);
        await RefuseEventsUnlessEntrustedAsync(caller, subjectId, AccessAction.Read, purposeCode, cancellationToken).ConfigureAwait(false);
        var dataKey = await DataKeyAsync(subject, cancellationToken).ConfigureAwait(false);
        var events = (await _store.GetEventsAsync(subjectId, cancellationToken).ConfigureAwait(false))
            .Select(e => new SubjectEvent(e.Id, e.SubjectId, e.Kind, e.OccurredAt,
                JsonSerializer.Deserialize<Dictionary<string, string>>(EncryptionKeys.DecryptValue(dataKey, subjectId, "EVENT:" + e.Kind, e.Ciphertext)) ?? []))
            .ToList();
        await _log.AppendAsync(caller, AccessAction.Read, subjectId, [ItemTypes.Events], purposeCode, true, $"{events.Count} event(s) read", cancellationToken).ConfigureAwait(false);
        return events;
    }

    /// <summary>
    /// Erases a subject: destroys its data key (every copy of its data becomes unreadable), deletes its
    /// items and events, and marks it erased. Consent records and the access log stay as proof.
    /// Privacy officers only.
    /// </summary>
    /// <param name="caller">Who erases.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="reason">Why (a request id, a retention rule) — no personal values.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task EraseAsync(Caller caller, string subjectId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Erase))
        {
            await _log.AppendAsync(caller, AccessAction.Erase, subjectId, [], null, false, "refused: role", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only privacy officers erase subjects.");
        }

        var subject = await _store.GetSubjectAsync(subjectId, cancellationToken).ConfigureAwait(false);
        if (subject is null || subject.Status == SubjectStatus.Erased)
        {
            throw new PlatformException("not_found", $"There is no subject '{subjectId}' (or it was erased already).");
        }

        await _keys.DeleteAsync(subjectId, cancellationToken).ConfigureAwait(false);
        await _store.DeleteSubjectDataAsync(subjectId, cancellationToken).ConfigureAwait(false);
        await _store.SetSubjectStatusAsync(subjectId, SubjectStatus.Erased, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Erase, subjectId, [], null, true, "erased: " + reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Suspends (or resumes) all use of a subject's data (Art. 35). Privacy officers only.</summary>
    /// <param name="caller">Who decides.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="suspended">True to suspend, false to resume.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task SetSuspendedAsync(Caller caller, string subjectId, bool suspended, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != Role.PrivacyOfficer)
        {
            await _log.AppendAsync(caller, AccessAction.Admin, subjectId, [], null, false, "suspend: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only privacy officers suspend or resume use.");
        }

        var subject = await _store.GetSubjectAsync(subjectId, cancellationToken).ConfigureAwait(false);
        if (subject is null || subject.Status == SubjectStatus.Erased)
        {
            throw new PlatformException("not_found", $"There is no subject '{subjectId}'.");
        }

        await _store.SetSubjectStatusAsync(subjectId, suspended ? SubjectStatus.Suspended : SubjectStatus.Active, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, subjectId, [], null, true, suspended ? "use suspended" : "use resumed", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Seals a new subject for storage (also used by bulk imports).</summary>
    internal NewSubjectRecord Seal(DataSubject subject, IReadOnlyList<NewItem> items, IReadOnlyList<ConsentRecord> consents, DateTimeOffset now, string? importId)
    {
        var dataKey = EncryptionKeys.NewDataKey();
        try
        {
            var wrapped = _master.Current.Wrap(subject.Id, dataKey);
            using var cipher = EncryptionKeys.Cipher(dataKey);
            var sealedItems = new StoredItem[items.Count];
            for (var i = 0; i < sealedItems.Length; i++)
            {
                var item = items[i];
                sealedItems[i] = new StoredItem(PersonalItem.NewId(), subject.Id, item.Type, ItemTypes.CategoryOf(item.Type),
                    EncryptionKeys.EncryptValue(cipher, subject.Id, item.Type, item.Value),
                    ItemTypes.Searchable.Contains(item.Type) ? _master.Current.BlindIndex(item.Type, item.Value) : null,
                    item.Provenance ?? new Provenance("api", AcquisitionMethod.Direct, now));
            }

            return new NewSubjectRecord(subject, wrapped, sealedItems, consents) { ImportId = importId };
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Decides an action on an existing subject; a refusal is logged and thrown.</summary>
    internal async Task<(DataSubject Subject, AccessDecision Decision)> DecideAsync(Caller caller, string subjectId, AccessAction action, string? purposeCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var subject = await _store.GetSubjectAsync(subjectId, cancellationToken).ConfigureAwait(false);
        if (subject is null || subject.Status == SubjectStatus.Erased)
        {
            await _log.AppendAsync(caller, action, subjectId, [], purposeCode, false, "no such subject", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("not_found", $"There is no subject '{subjectId}'.");
        }

        var purpose = await _purposes.CurrentAsync(purposeCode, cancellationToken).ConfigureAwait(false);
        var consents = await ConsentsForAsync(purpose, subjectId, cancellationToken).ConfigureAwait(false);
        var decision = AccessPolicy.Decide(caller.Role, caller.Entrustment, action, purposeCode, purpose, subject, consents, _time.GetUtcNow());
        await RefuseUnlessAsync(caller, decision, action, subjectId, [], purposeCode, cancellationToken).ConfigureAwait(false);
        return (subject, decision);
    }

    /// <summary>The subject as the decision lets the caller see it.</summary>
    internal async Task<SubjectView> ViewAsync(DataSubject subject, AccessDecision decision, CancellationToken cancellationToken)
    {
        var dataKey = await DataKeyAsync(subject, cancellationToken).ConfigureAwait(false);
        var items = await _store.GetItemsAsync(subject.Id, cancellationToken).ConfigureAwait(false);
        var views = new List<ItemView>();
        foreach (var item in items.Where(i => decision.VisibleItemTypes.Contains(i.Type)))
        {
            var value = EncryptionKeys.DecryptValue(dataKey, subject.Id, item.Type, item.Ciphertext);
            var masked = decision.MaskedItemTypes.Contains(item.Type);
            views.Add(new ItemView(item.Id, item.Type, item.Category.ToJsonName(), masked ? ValueMasker.Mask(item.Type, value) : value, masked, item.Provenance));
        }

        return new SubjectView(subject.Id, subject.Status, subject.CreatedAt, views);
    }

    /// <summary>The consents a decision for the purpose needs: none unless the purpose needs consent (saves a query per read).</summary>
    private async Task<IReadOnlyList<ConsentRecord>> ConsentsForAsync(Purposes.Purpose? purpose, string subjectId, CancellationToken cancellationToken) =>
        purpose is { RequiresConsent: true } ? await _store.GetConsentsAsync(subjectId, cancellationToken).ConfigureAwait(false) : [];

    private async Task<byte[]> DataKeyAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var wrapped = await _keys.GetAsync(subject.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"The data key of subject '{subject.Id}' is gone: the subject was erased.");
        return _master.Unwrap(subject.Id, wrapped);
    }

    private StoredItem SealItem(byte[] dataKey, string subjectId, NewItem item, DateTimeOffset now)
    {
        var blindIndex = ItemTypes.Searchable.Contains(item.Type) ? _master.Current.BlindIndex(item.Type, item.Value) : null;
        return new StoredItem(PersonalItem.NewId(), subjectId, item.Type, ItemTypes.CategoryOf(item.Type),
            EncryptionKeys.EncryptValue(dataKey, subjectId, item.Type, item.Value), blindIndex,
            item.Provenance ?? new Provenance("api", AcquisitionMethod.Direct, now));
    }

    private async Task ValidateItemsAsync(Caller caller, string? purposeCode, IReadOnlyList<NewItem> items, AccessDecision decision, IReadOnlyList<ConsentRecord> consents, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            if (!ItemTypes.IsKnown(item.Type))
            {
                throw new PlatformException("invalid", $"Unknown item type '{item.Type}'.");
            }

            if (string.IsNullOrWhiteSpace(item.Value) || item.Value.Length > 10_000)
            {
                throw new PlatformException("invalid", $"The {item.Type} value is empty or longer than 10,000 characters.");
            }

            if (!decision.VisibleItemTypes.Contains(item.Type))
            {
                await _log.AppendAsync(caller, AccessAction.Write, null, [item.Type], purposeCode, false, "item type outside the purpose", cancellationToken).ConfigureAwait(false);
                throw new PlatformException("purpose_not_allowed", $"The purpose '{purposeCode}' does not cover {item.Type} (or the caller's entrustment does not).");
            }

            if (ItemTypes.CategoryOf(item.Type) == PiiCategory.SpecialCare)
            {
                var covering = (await _purposes.AllAsync(cancellationToken).ConfigureAwait(false))
                    .Where(p => p.ItemTypes.Contains(item.Type)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
                if (!covering.Any(code => AccessPolicy.HasConsent(consents, code)))
                {
                    await _log.AppendAsync(caller, AccessAction.Write, null, [item.Type], purposeCode, false, "special care-required item without prior consent", cancellationToken).ConfigureAwait(false);
                    throw new PlatformException("no_consent", "Special care-required information may only be acquired with the person's prior consent (Art. 20(2)): record the consent first.");
                }
            }
        }
    }

    /// <summary>
    /// A contractor sees nothing it was not entrusted with (Art. 25): a subject's histories only when its entrustment lists
    /// <see cref="ItemTypes.Events"/>. Other roles are decided by the purpose alone. A refusal is logged and thrown.
    /// </summary>
    private async Task RefuseEventsUnlessEntrustedAsync(Caller caller, string subjectId, AccessAction action, string? purposeCode, CancellationToken cancellationToken)
    {
        if (caller.Role != Role.Contractor || caller.Entrustment?.ItemTypes.Contains(ItemTypes.Events, StringComparer.Ordinal) == true)
        {
            return;
        }

        await _log.AppendAsync(caller, action, subjectId, [ItemTypes.Events], purposeCode, false, "entrustment", cancellationToken).ConfigureAwait(false);
        throw new PlatformException("entrustment", $"The entrustment does not include the subject's histories: add {ItemTypes.Events} to its items to entrust them (Art. 25).");
    }

    private async Task RefuseUnlessAsync(Caller caller, AccessDecision decision, AccessAction action, string? subjectId, IEnumerable<string> types, string? purposeCode, CancellationToken cancellationToken)
    {
        if (decision.Allowed)
        {
            return;
        }

        await _log.AppendAsync(caller, action, subjectId, types, purposeCode, false, decision.Code, cancellationToken).ConfigureAwait(false);
        throw new PlatformException(decision.Code, decision.Reason);
    }
}
