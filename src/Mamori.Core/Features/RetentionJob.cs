using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Retention;

namespace Mamori.Core.Features;

/// <summary>
/// The retention job (Art. 22): finds what is due at the platform's clock by <see cref="RetentionPolicy"/> and deletes it —
/// whole subjects by crypto-shredding through <see cref="SubjectRegistry.EraseAsync"/>, single items by deleting them —
/// writing a deletion-log line (subject, item types, rule, purposes, when; never a value) and an access-log entry for each.
/// Then it asks every <see cref="IRetentionParticipant"/> to purge its own expired records. A dry run lists what would go
/// and deletes nothing. Runs are idempotent (what went is not found again) and go through subjects in bounded batches;
/// runs in one process never overlap.
/// </summary>
public sealed class RetentionJob
{
    /// <summary>The most deletions a report lists (its counts cover all).</summary>
    public const int MaxListed = 1000;

    private readonly IPlatformStore _store;
    private readonly SubjectRegistry _subjects;
    private readonly PurposeRegister _purposes;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;
    private readonly PlatformOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<IRetentionParticipant> _participants = [];
    private readonly Lock _participantsLock = new();

    internal RetentionJob(IPlatformStore store, SubjectRegistry subjects, PurposeRegister purposes, AccessLog log, TimeProvider time, PlatformOptions options)
    {
        _store = store;
        _subjects = subjects;
        _purposes = purposes;
        _log = log;
        _time = time;
        _options = options;
    }

    /// <summary>Who the job acts as in the access log and the deletion log: the system user <c>retention</c> with the privacy officer's right to erase.</summary>
    public static Caller SystemCaller { get; } = new("retention", "retention", Role.PrivacyOfficer);

    /// <summary>The registered participants, in order.</summary>
    public IReadOnlyList<IRetentionParticipant> Participants
    {
        get
        {
            lock (_participantsLock)
            {
                return [.. _participants];
            }
        }
    }

    /// <summary>Registers another kind of record to purge in every run (e.g. Art. 29/30 provision records).</summary>
    /// <param name="participant">The participant.</param>
    public void AddParticipant(IRetentionParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        lock (_participantsLock)
        {
            _participants.Add(participant);
        }
    }

    /// <summary>Runs the job now (administrators and privacy officers; the scheduler runs it as <see cref="SystemCaller"/>).</summary>
    /// <param name="caller">Who starts it.</param>
    /// <param name="dryRun">True to list what would go and delete nothing.</param>
    /// <param name="cancellationToken">Stops the work between subjects; what went stays gone and is logged.</param>
    public async Task<RetentionReport> RunAsync(Caller caller, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, "retention run: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers run the retention job.");
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunLockedAsync(caller, dryRun, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The deletion log (administrators and privacy officers), oldest first.</summary>
    /// <param name="caller">Who reads.</param>
    /// <param name="fromSequence">The first line's number (1 for the start).</param>
    /// <param name="limit">How many lines at most (1-1000).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<DeletionRecord>> LogAsync(Caller caller, long fromSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.MayAudit(caller.Role))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, "read deletion log: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers read the deletion log.");
        }

        if (limit is < 1 or > 1000)
        {
            throw new PlatformException("invalid", "The limit is between 1 and 1000 lines.");
        }

        return await _store.GetDeletionLogAsync(Math.Max(1, fromSequence), limit, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RetentionReport> RunLockedAsync(Caller caller, bool dryRun, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var runId = "R" + Guid.CreateVersion7().ToString("N");
        var inEffect = Retention.RetentionPolicy.InEffect(await _purposes.AllAsync(cancellationToken).ConfigureAwait(false), now);
        if (inEffect.Count == 0)
        {
            throw new PlatformException("invalid", "No purpose of use is in effect, so every subject would be due: define the purposes first (mamori purposes add), then run the retention job.");
        }

        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"retention run {runId} started{(dryRun ? " (dry run)" : string.Empty)}", cancellationToken).ConfigureAwait(false);
        var listed = new List<RetentionDeletion>();
        int checkedCount = 0, erased = 0, itemsDeleted = 0, recordsPurged = 0;
        var truncated = false;
        string? after = null;
        var batch = Math.Max(1, _options.RetentionBatchSize);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await _store.GetRetentionCandidatesAsync(after, batch, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].SubjectId;
            checkedCount += page.Count;
            foreach (var candidate in page)
            {
                var deletions = Retention.RetentionPolicy.Decide(candidate, inEffect, now);
                foreach (var deletion in deletions)
                {
                    var done = dryRun || await DeleteAsync(runId, now, deletion, cancellationToken).ConfigureAwait(false);
                    if (!done)
                    {
                        continue;
                    }

                    if (deletion.Kind == DeletionKind.Subject)
                    {
                        erased++;
                    }
                    else
                    {
                        itemsDeleted += deletion.Count;
                    }

                    if (listed.Count < MaxListed)
                    {
                        listed.Add(deletion);
                    }
                    else
                    {
                        truncated = true;
                    }
                }
            }

            if (page.Count < batch)
            {
                break;
            }
        }

        if (!dryRun)
        {
            foreach (var participant in Participants)
            {
                var purged = await participant.PurgeExpiredAsync(now, cancellationToken).ConfigureAwait(false);
                if (purged <= 0)
                {
                    continue;
                }

                recordsPurged += purged;
                await _store.InsertDeletionRecordsAsync(
                    [new DeletionRecord(0, runId, now, DeletionKind.Records, null, [], purged, RetentionRules.Records, [], null, null, SystemCaller.UserId) { Participant = participant.Name }],
                    cancellationToken).ConfigureAwait(false);
                await _log.AppendAsync(SystemCaller, AccessAction.Erase, null, [], null, true, $"retention run {runId}: {purged} {participant.Name} record(s) purged", cancellationToken).ConfigureAwait(false);
                var line = new RetentionDeletion(DeletionKind.Records, null, [], purged, RetentionRules.Records, [], null, null, null) { Participant = participant.Name };
                if (listed.Count < MaxListed)
                {
                    listed.Add(line);
                }
                else
                {
                    truncated = true;
                }
            }
        }

        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true,
            $"retention run {runId} {(dryRun ? "dry run" : "done")}: {checkedCount} subject(s) checked, {erased} erased, {itemsDeleted} item(s) deleted, {recordsPurged} record(s) purged",
            cancellationToken).ConfigureAwait(false);
        return new RetentionReport(runId, now, dryRun, checkedCount, erased, itemsDeleted, recordsPurged, listed, truncated);
    }

    /// <summary>Deletes one due subject or group of items and logs it; false when it was gone already (another run got there first).</summary>
    private async Task<bool> DeleteAsync(string runId, DateTimeOffset now, RetentionDeletion deletion, CancellationToken cancellationToken)
    {
        var record = new DeletionRecord(0, runId, now, deletion.Kind, deletion.SubjectId, deletion.ItemTypes, deletion.Count, deletion.Rule,
            deletion.PurposeCodes, deletion.RetentionDays, deletion.LastActivity, SystemCaller.UserId);
        var purpose = deletion.PurposeCodes.Count > 0 ? deletion.PurposeCodes[0] : null;
        var why = deletion.Rule == RetentionRules.NoPurpose
            ? "no purpose in effect covers it"
            : $"{deletion.RetentionDays} day(s) after the last activity ({string.Join(", ", deletion.PurposeCodes)})";
        if (deletion.Kind == DeletionKind.Subject)
        {
            try
            {
                await _subjects.EraseAsync(SystemCaller, deletion.SubjectId!, $"retention run {runId}: {deletion.Rule}, {why}", cancellationToken).ConfigureAwait(false);
            }
            catch (PlatformException exception) when (exception.Code == "not_found")
            {
                return false;
            }

            await _store.InsertDeletionRecordsAsync([record], cancellationToken).ConfigureAwait(false);
            return true;
        }

        await _store.DeleteItemsAsync(deletion.SubjectId!, deletion.ItemIds, [record], cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(SystemCaller, AccessAction.Erase, deletion.SubjectId, deletion.ItemTypes, purpose, true,
            $"retention run {runId}: {deletion.Count} item(s) deleted, {deletion.Rule}, {why}", cancellationToken).ConfigureAwait(false);
        return true;
    }
}
