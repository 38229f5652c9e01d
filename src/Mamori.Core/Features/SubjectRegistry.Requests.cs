using System.Text.Json;
using Mamori.Core.Audit;
using Mamori.Core.Consents;
using Mamori.Core.Security;
using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>What data-subject requests (Art. 32-35) do to a subject's data, called by <see cref="SubjectRequests"/> once it has checked the handler.</summary>
public sealed partial class SubjectRegistry
{
    /// <summary>A live (not erased) subject, or a not_found refusal.</summary>
    internal async Task<DataSubject> LiveSubjectAsync(string subjectId, CancellationToken cancellationToken)
    {
        var subject = await _store.GetSubjectAsync(subjectId, cancellationToken).ConfigureAwait(false);
        return subject is null || subject.Status == SubjectStatus.Erased
            ? throw new PlatformException("not_found", $"There is no subject '{subjectId}' (or it was erased).")
            : subject;
    }

    /// <summary>Everything held about a subject, decrypted: every item (unmasked, with provenance), every event, every consent record.</summary>
    internal async Task<(IReadOnlyList<PersonalItem> Items, IReadOnlyList<SubjectEvent> Events, IReadOnlyList<ConsentRecord> Consents)> EverythingAsync(
        DataSubject subject, CancellationToken cancellationToken)
    {
        var itemsTask = _store.GetItemsAsync(subject.Id, cancellationToken);
        var eventsTask = _store.GetEventsAsync(subject.Id, cancellationToken);
        var consentsTask = _store.GetConsentsAsync(subject.Id, cancellationToken);
        var dataKey = await DataKeyAsync(subject, cancellationToken).ConfigureAwait(false);
        try
        {
            using var cipher = EncryptionKeys.Cipher(dataKey);
            var items = (await itemsTask.ConfigureAwait(false))
                .Select(i => new PersonalItem(i.Id, i.SubjectId, i.Type, i.Category, EncryptionKeys.DecryptValue(dataKey, subject.Id, i.Type, i.Ciphertext), i.Provenance))
                .ToList();
            var events = (await eventsTask.ConfigureAwait(false))
                .Select(e => new SubjectEvent(e.Id, e.SubjectId, e.Kind, e.OccurredAt,
                    JsonSerializer.Deserialize<Dictionary<string, string>>(EncryptionKeys.DecryptValue(dataKey, subject.Id, "EVENT:" + e.Kind, e.Ciphertext)) ?? []))
                .ToList();
            return (items, events, await consentsTask.ConfigureAwait(false));
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>
    /// Corrects items (Art. 34): every stored item of a corrected type gets the new value (sealed under the subject's key,
    /// same item id, provenance the request), so no wrong value of the type survives; a type the subject did not hold is
    /// added. Returns how many items were written.
    /// </summary>
    internal async Task<int> CorrectAsync(Caller caller, DataSubject subject, IReadOnlyList<NewItem> corrections, string requestId, CancellationToken cancellationToken)
    {
        var existing = await _store.GetItemsAsync(subject.Id, cancellationToken).ConfigureAwait(false);
        var dataKey = await DataKeyAsync(subject, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var sealedItems = new List<Ports.StoredItem>();
        foreach (var correction in corrections)
        {
            var provenance = new Provenance("request:" + requestId, AcquisitionMethod.Direct, now);
            var sameType = existing.Where(i => i.Type == correction.Type).ToList();
            if (sameType.Count == 0)
            {
                sealedItems.Add(SealItem(dataKey, subject.Id, correction with { Provenance = provenance }, now));
                continue;
            }

            foreach (var old in sameType)
            {
                var item = SealItem(dataKey, subject.Id, correction with { Provenance = provenance }, now);
                sealedItems.Add(item with { Id = old.Id });
            }
        }

        await _store.UpsertItemsAsync(sealedItems, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Write, subject.Id, corrections.Select(c => c.Type), SubjectRequests.LogPurpose, true,
            $"request {requestId}: {sealedItems.Count} item(s) corrected", cancellationToken).ConfigureAwait(false);
        return sealedItems.Count;
    }

    /// <summary>Erases a subject for a request (Art. 35): the same crypto-shredding as <see cref="EraseAsync"/>, for the request's handler.</summary>
    internal async Task ShredAsync(Caller caller, DataSubject subject, string requestId, CancellationToken cancellationToken)
    {
        await _keys.DeleteAsync(subject.Id, cancellationToken).ConfigureAwait(false);
        await _store.DeleteSubjectDataAsync(subject.Id, cancellationToken).ConfigureAwait(false);
        await _store.SetSubjectStatusAsync(subject.Id, SubjectStatus.Erased, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Erase, subject.Id, [], SubjectRequests.LogPurpose, true, "erased: request " + requestId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Suspends all use of a subject's data for a request (Art. 35).</summary>
    internal async Task SuspendForRequestAsync(Caller caller, DataSubject subject, string requestId, CancellationToken cancellationToken)
    {
        await _store.SetSubjectStatusAsync(subject.Id, SubjectStatus.Suspended, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, subject.Id, [], SubjectRequests.LogPurpose, true, "use suspended: request " + requestId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks a subject do-not-contact for a request (Art. 35(5)).</summary>
    internal async Task StopContactAsync(Caller caller, DataSubject subject, string requestId, CancellationToken cancellationToken)
    {
        await _store.SetDoNotContactAsync(subject.Id, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, subject.Id, [], SubjectRequests.LogPurpose, true, "do not contact: request " + requestId, cancellationToken).ConfigureAwait(false);
    }
}
