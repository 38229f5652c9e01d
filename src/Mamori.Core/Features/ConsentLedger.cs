using Mamori.Core.Audit;
using Mamori.Core.Consents;
using Mamori.Core.Ports;

namespace Mamori.Core.Features;

/// <summary>Consents per subject × purpose: given or withdrawn, with channel, notice version and evidence; never edited.</summary>
public sealed class ConsentLedger
{
    private readonly IPlatformStore _store;
    private readonly SubjectRegistry _subjects;
    private readonly PurposeRegister _purposes;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;

    internal ConsentLedger(IPlatformStore store, SubjectRegistry subjects, PurposeRegister purposes, AccessLog log, TimeProvider time)
    {
        _store = store;
        _subjects = subjects;
        _purposes = purposes;
        _log = log;
        _time = time;
    }

    /// <summary>Records a consent given or withdrawn.</summary>
    /// <param name="caller">Who records it.</param>
    /// <param name="subjectId">Whose.</param>
    /// <param name="consent">What.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ConsentRecord> RecordAsync(Caller caller, string subjectId, NewConsent consent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (await _purposes.CurrentAsync(consent.PurposeCode, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new PlatformException("invalid", $"The purpose '{consent.PurposeCode}' is not registered or not in effect.");
        }

        await _subjects.DecideAsync(caller, subjectId, AccessAction.Consent, consent.PurposeCode, cancellationToken).ConfigureAwait(false);
        if (consent.RecipientId is not null && (await _store.GetRecipientVersionsAsync(consent.RecipientId, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw new PlatformException("invalid", $"The consent names the unknown recipient '{consent.RecipientId}' (see mamori recipients list).");
        }

        var record = new ConsentRecord(ConsentRecord.NewId(), subjectId, consent.PurposeCode, consent.Given, _time.GetUtcNow(), consent.Channel, consent.NoticeId, consent.Evidence)
        {
            RecipientId = consent.RecipientId,
        };
        await _store.InsertConsentAsync(record, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Consent, subjectId, [], consent.PurposeCode, true, (consent.Given ? "consent given" : "consent withdrawn") + (consent.RecipientId is null ? string.Empty : " for provision to " + consent.RecipientId), cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>A subject's consent records (for the purpose declared); a contractor gets only those of its entrustment's purposes.</summary>
    /// <param name="caller">Who reads.</param>
    /// <param name="subjectId">Whose.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<ConsentRecord>> ListAsync(Caller caller, string subjectId, string? purposeCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await _subjects.DecideAsync(caller, subjectId, AccessAction.Read, purposeCode, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ConsentRecord> records = await _store.GetConsentsAsync(subjectId, cancellationToken).ConfigureAwait(false);
        if (caller.Role == Access.Role.Contractor)
        {
            // A contractor sees nothing beyond its entrustment (Art. 25), not even which other purposes a person agreed to.
            records = [.. records.Where(r => caller.Entrustment!.PurposeCodes.Contains(r.PurposeCode))];
        }

        await _log.AppendAsync(caller, AccessAction.Read, subjectId, ["CONSENT"], purposeCode, true, $"{records.Count} consent record(s)", cancellationToken).ConfigureAwait(false);
        return records;
    }
}
