using System.Globalization;
using Mamori.Core.Audit;
using Mamori.Core.Consents;
using Mamori.Core.Ports;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;
using Mamori.Deidentification.Dates;
using Mamori.Detection;
using Mamori.Detection.Text;

namespace Mamori.Core.Features;

/// <summary>
/// Imports customers exported by EC platforms and spreadsheets. All or nothing: a first pass checks
/// every row (values, duplicates in the file and against the platform) and stops at the first problems
/// with their line numbers, before anything is written; the second pass writes in batches and records
/// its progress, so an interrupted import resumes where it stopped (same import id).
/// </summary>
public sealed class CustomerImport
{
    private const int LookupBatchSize = 500;

    private readonly IPlatformStore _store;
    private readonly ISubjectKeyStore _keys;
    private readonly SubjectRegistry _subjects;
    private readonly PurposeRegister _purposes;
    private readonly Security.MasterKeys _master;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;
    private readonly PlatformOptions _options;

    internal CustomerImport(IPlatformStore store, ISubjectKeyStore keys, SubjectRegistry subjects, PurposeRegister purposes, Security.MasterKeys master, AccessLog log, TimeProvider time, PlatformOptions options)
    {
        _store = store;
        _keys = keys;
        _subjects = subjects;
        _purposes = purposes;
        _master = master;
        _log = log;
        _time = time;
        _options = options;
    }

    /// <summary>
    /// Checks what an import would do before any row is read: the caller's role, the purpose (registered, covering
    /// every mapped column), prior consent for special care-required columns (Art. 20(2)) and the notice.
    /// </summary>
    /// <param name="caller">Who imports.</param>
    /// <param name="purposeCode">The purpose the data was collected for.</param>
    /// <param name="columns">The column mapping.</param>
    /// <param name="consentGiven">Whether every person consented to the purpose beforehand (recorded per subject).</param>
    /// <param name="noticeId">The notice the people were shown, if known.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The problems (line 0), empty when the import may proceed.</returns>
    public async Task<IReadOnlyList<ImportProblem>> CheckAsync(
        Caller caller, string? purposeCode, IReadOnlyList<ImportColumn> columns, bool consentGiven, string? noticeId = null, CancellationToken cancellationToken = default)
    {
        var (problems, _) = await PlanAsync(caller, purposeCode, columns, consentGiven, noticeId, cancellationToken).ConfigureAwait(false);
        return [.. problems.Select(p => p.Problem)];
    }

    /// <summary>
    /// How far an import got: the data rows committed and whether it completed, or null when it never started. A batch
    /// that was written just before an interruption, without its progress, is found and counted (and logged).
    /// </summary>
    /// <param name="caller">Who asks (named in the log when a batch is recovered).</param>
    /// <param name="importId">The import.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<(long RowsCommitted, bool Completed)?> GetProgressAsync(Caller caller, string importId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var progress = await _store.GetImportProgressAsync(importId, cancellationToken).ConfigureAwait(false);
        if (progress is { Completed: true } || await _store.GetSettingAsync(PendingKey(importId), cancellationToken).ConfigureAwait(false) is not { } pending)
        {
            return progress;
        }

        var space = pending.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !long.TryParse(pending.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var lastRow)
            || lastRow <= (progress?.RowsCommitted ?? 0)
            || await _store.GetSubjectAsync(pending[(space + 1)..], cancellationToken).ConfigureAwait(false) is null)
        {
            return progress;
        }

        await _store.SetImportProgressAsync(importId, lastRow, completed: false, CancellationToken.None).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Write, null, [], null, true,
            $"import {importId}: batch up to row {lastRow} found written after an interruption", CancellationToken.None).ConfigureAwait(false);
        return (lastRow, false);
    }

    /// <summary>Checks every row without writing anything.</summary>
    /// <param name="columns">The column mapping.</param>
    /// <param name="rows">The data rows.</param>
    /// <param name="skipExisting">True to skip rows whose member id or e-mail is already on the platform instead of refusing them.</param>
    /// <param name="maxProblems">Stop after this many problems.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The problems by line (empty when the import may proceed) and the rows that will be skipped as already present.</returns>
    public async Task<(IReadOnlyList<ImportProblem> Problems, IReadOnlySet<long> Existing)> ValidateAsync(
        IReadOnlyList<ImportColumn> columns, IEnumerable<ImportRow> rows, bool skipExisting, int maxProblems = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var problems = new List<ImportProblem>();
        var existing = new HashSet<long>();
        var mapped = columns.Where(c => c.ItemType is not null).ToList();

        foreach (var column in mapped.Where(c => !ItemTypes.IsKnown(c.ItemType!)))
        {
            problems.Add(new ImportProblem(0, column.Header, $"unknown item type '{column.ItemType}'"));
        }

        var keyColumn = mapped.FirstOrDefault(c => c.ItemType == ItemTypes.MemberId) ?? mapped.FirstOrDefault(c => c.ItemType == EntityTypes.EmailAddress);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);

        // Rows whose key is looked up on the platform a batch at a time (one query per batch, not per row).
        var lookups = new List<(ImportRow Row, string Index)>(LookupBatchSize);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (problems.Count >= maxProblems)
            {
                break;
            }

            var any = false;
            foreach (var column in mapped)
            {
                var value = column.Index < row.Values.Count ? row.Values[column.Index].Trim() : string.Empty;
                if (value.Length == 0)
                {
                    continue;
                }

                any = true;
                if (Check(column.ItemType!, value) is { } message)
                {
                    problems.Add(new ImportProblem(row.Line, column.Header, message));
                }
            }

            if (!any)
            {
                problems.Add(new ImportProblem(row.Line, null, "the row holds no mapped value"));
                continue;
            }

            if (keyColumn is null || keyColumn.Index >= row.Values.Count || row.Values[keyColumn.Index].Trim().Length == 0)
            {
                continue;
            }

            var key = Security.BlindIndexNormalizer.Normalize(keyColumn.ItemType!, row.Values[keyColumn.Index]);
            if (seen.TryGetValue(key, out var firstLine))
            {
                problems.Add(new ImportProblem(row.Line, keyColumn.Header, $"the same {keyColumn.Header} as line {firstLine} (duplicate member)"));
                continue;
            }

            seen[key] = row.Line;
            lookups.Add((row, _master.Current.BlindIndex(keyColumn.ItemType!, row.Values[keyColumn.Index])));
            if (lookups.Count >= LookupBatchSize)
            {
                await LookUpAsync().ConfigureAwait(false);
            }
        }

        await LookUpAsync().ConfigureAwait(false);
        return ([.. problems.OrderBy(p => p.Line).Take(Math.Max(1, maxProblems))], existing);

        async Task LookUpAsync()
        {
            if (lookups.Count == 0)
            {
                return;
            }

            var found = await _store.FindExistingBlindIndexesAsync(keyColumn!.ItemType!, [.. lookups.Select(l => l.Index)], cancellationToken).ConfigureAwait(false);
            foreach (var (row, index) in lookups.Where(l => found.Contains(l.Index)))
            {
                if (skipExisting)
                {
                    existing.Add(row.Number);
                }
                else
                {
                    problems.Add(new ImportProblem(row.Line, keyColumn.Header, $"a subject with this {keyColumn.Header} is already on the platform (use --on-duplicate skip to leave such rows out)"));
                }
            }

            lookups.Clear();
        }
    }

    /// <summary>Writes the rows (after <see cref="ValidateAsync"/> found no problem), resuming an interrupted import with the same id.</summary>
    /// <param name="caller">Who imports.</param>
    /// <param name="importId">A stable id for this file's import (resume with the same one).</param>
    /// <param name="purposeCode">The purpose the data was collected for.</param>
    /// <param name="source">Where it came from (the EC platform, the file).</param>
    /// <param name="columns">The mapping.</param>
    /// <param name="rows">The data rows, in file order.</param>
    /// <param name="skip">Rows to leave out (already present).</param>
    /// <param name="consentGiven">Record a consent to the purpose per subject (when the export proves people opted in).</param>
    /// <param name="progress">Told the rows done so far.</param>
    /// <param name="cancellationToken">Stops the work (an interrupted import resumes later).</param>
    /// <returns>Subjects written by this call.</returns>
    public Task<long> ImportAsync(
        Caller caller, string importId, string purposeCode, string source, IReadOnlyList<ImportColumn> columns, IEnumerable<ImportRow> rows,
        IReadOnlySet<long> skip, bool consentGiven, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(caller, importId, purposeCode, new ImportOrigin(source), columns, rows, skip, consentGiven, progress, cancellationToken);

    /// <summary>Writes the rows (after <see cref="ValidateAsync"/> found no problem), resuming an interrupted import with the same id.</summary>
    /// <param name="caller">Who imports.</param>
    /// <param name="importId">A stable id for this file's import (resume with the same one).</param>
    /// <param name="purposeCode">The purpose the data was collected for.</param>
    /// <param name="origin">Where it came from, under which notice, acquired when (kept as each item's provenance).</param>
    /// <param name="columns">The mapping.</param>
    /// <param name="rows">The data rows, in file order.</param>
    /// <param name="skip">Rows to leave out (already present).</param>
    /// <param name="consentGiven">Record a consent to the purpose per subject (when the export proves people opted in).</param>
    /// <param name="progress">Told the rows done so far, after each committed batch.</param>
    /// <param name="cancellationToken">Stops the work (an interrupted import resumes later).</param>
    /// <returns>Subjects written by this call.</returns>
    public async Task<long> ImportAsync(
        Caller caller, string importId, string purposeCode, ImportOrigin origin, IReadOnlyList<ImportColumn> columns, IEnumerable<ImportRow> rows,
        IReadOnlySet<long> skip, bool consentGiven, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(skip);
        var (problems, purpose) = await PlanAsync(caller, purposeCode, columns, consentGiven, origin.NoticeId, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            await _log.AppendAsync(caller, AccessAction.Write, null, [], purposeCode, false, $"import {importId}: refused ({problems[0].Code})", cancellationToken).ConfigureAwait(false);
            throw new PlatformException(problems[0].Code, problems[0].Problem.Message);
        }

        var receipt = await ReceiptAsync(caller, importId, purposeCode, origin, columns, cancellationToken).ConfigureAwait(false);
        var done = await GetProgressAsync(caller, importId, cancellationToken).ConfigureAwait(false);
        if (done is { Completed: true })
        {
            throw new PlatformException("conflict", $"The import '{importId}' was completed already.");
        }

        var mapped = columns.Where(c => c.ItemType is not null).ToList();
        var committed = done?.RowsCommitted ?? 0;
        var now = _time.GetUtcNow();
        var provenance = new Provenance(origin.Source, receipt is null ? AcquisitionMethod.Import : AcquisitionMethod.ThirdParty, origin.AcquiredAt ?? now, origin.NoticeId);
        var batch = new List<(DataSubject Subject, List<NewItem> Items, IReadOnlyList<ConsentRecord> Consents)>(_options.BatchSize);
        long written = 0;
        long lastRow = committed;

        // One batch is written while the next is read and sealed (on the other cores): the database and the
        // encryption each keep a core busy. A batch's keys go to the key store as soon as it is sealed, while the
        // previous batch's rows are still being written; its rows follow once both are in. Rows are written one
        // batch at a time, in order, and never before their keys.
        Task<long>? writing = null;
        Task? keying = null;
        long writingRow = 0;
        try
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (row.Number <= committed)
                {
                    continue;
                }

                lastRow = row.Number;
                if (!skip.Contains(row.Number))
                {
                    var subject = new DataSubject(DataSubject.NewId(), now, SubjectStatus.Active);
                    var items = new List<NewItem>(mapped.Count);
                    foreach (var column in mapped)
                    {
                        var value = column.Index < row.Values.Count ? row.Values[column.Index].Trim() : string.Empty;
                        if (value.Length > 0)
                        {
                            items.Add(new NewItem(column.ItemType!, value, provenance));
                        }
                    }

                    RefuseBadRow(row, mapped, items);
                    IReadOnlyList<ConsentRecord> consents = consentGiven
                        ? [new ConsentRecord(ConsentRecord.NewId(), subject.Id, purpose!.Code, true, provenance.AcquiredAt, "import", origin.NoticeId, $"import {importId} line {row.Line}")]
                        : [];
                    batch.Add((subject, items, consents));
                }

                if (batch.Count >= _options.BatchSize)
                {
                    var sealedBatch = SealAll(batch, now, importId);
                    batch.Clear();
                    var keys = keying = Task.Run(() => PutKeysAsync(sealedBatch, cancellationToken), CancellationToken.None);
                    if (writing is not null)
                    {
                        written += await writing.ConfigureAwait(false);
                        writing = null;
                        progress?.Report(writingRow);
                    }

                    writingRow = lastRow;
                    var upTo = lastRow;
                    writing = Task.Run(
                        async () =>
                        {
                            await keys.ConfigureAwait(false);
                            return await FlushAsync(caller, importId, purpose!.Code, sealedBatch, upTo, receipt, now, cancellationToken).ConfigureAwait(false);
                        },
                        CancellationToken.None);
                    keying = null;
                }
            }

            if (writing is not null)
            {
                written += await writing.ConfigureAwait(false);
                writing = null;
                progress?.Report(writingRow);
            }

            var last = SealAll(batch, now, importId);
            await PutKeysAsync(last, cancellationToken).ConfigureAwait(false);
            written += await FlushAsync(caller, importId, purpose!.Code, last, lastRow, receipt, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Stopped while a batch was being written: let that write finish (it records its own progress) before leaving,
            // and the keys of the batch after it (keys of rows never written are harmless: nothing refers to them).
            foreach (var pending in new Task?[] { writing, keying })
            {
                if (pending is not null)
                {
                    await Task.WhenAny(pending).ConfigureAwait(false);
                    _ = pending.Exception;
                }
            }
        }

        await _store.SetImportProgressAsync(importId, lastRow, completed: true, CancellationToken.None).ConfigureAwait(false);
        progress?.Report(lastRow);
        return written;
    }

    /// <summary>
    /// Refuses a row <see cref="ValidateAsync"/> would have reported, before its batch is written: a caller that skipped
    /// validation still never stores a bad value. Batches written before stay (the import resumes once the row is fixed).
    /// </summary>
    private static void RefuseBadRow(ImportRow row, List<ImportColumn> mapped, List<NewItem> items)
    {
        if (items.Count == 0)
        {
            throw new PlatformException("invalid", $"Line {row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)} holds no mapped value; nothing of its batch was written. Check the file first (validation lists every problem).");
        }

        foreach (var item in items)
        {
            if (Check(item.Type, item.Value) is { } message)
            {
                var header = mapped.First(c => c.ItemType == item.Type).Header;
                throw new PlatformException("invalid", $"Line {row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {header}: {message}; nothing of its batch was written. Check the file first (validation lists every problem).");
            }
        }
    }

    /// <summary>
    /// Seals a batch of new subjects, in parallel (encryption is most of an import's work), ordered by subject id: ids
    /// grow with time, so the batch's subjects, keys and items then land at the right-hand end of their indexes in key
    /// order, where a B-tree appends without searching (random order within the same millisecond made every row search).
    /// </summary>
    private NewSubjectRecord[] SealAll(List<(DataSubject Subject, List<NewItem> Items, IReadOnlyList<ConsentRecord> Consents)> batch, DateTimeOffset now, string importId)
    {
        var records = new NewSubjectRecord[batch.Count];
        if (records.Length < 64)
        {
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = _subjects.Seal(batch[i].Subject, batch[i].Items, batch[i].Consents, now, importId);
            }
        }
        else
        {
            Parallel.For(0, records.Length, i => records[i] = _subjects.Seal(batch[i].Subject, batch[i].Items, batch[i].Consents, now, importId));
        }

        Array.Sort(records, static (a, b) => string.CompareOrdinal(a.Subject.Id, b.Subject.Id));
        return records;
    }

    private async Task<(List<(string Code, ImportProblem Problem)> Problems, Purpose? Purpose)> PlanAsync(
        Caller caller, string? purposeCode, IReadOnlyList<ImportColumn> columns, bool consentGiven, string? noticeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(columns);
        var problems = new List<(string, ImportProblem)>();
        if (!Access.AccessPolicy.RolePermits(caller.Role, AccessAction.Write))
        {
            problems.Add(("forbidden", new ImportProblem(0, null, "This role may not import personal data.")));
        }

        var purpose = await _purposes.CurrentAsync(purposeCode, cancellationToken).ConfigureAwait(false);
        if (purpose is null)
        {
            problems.Add(("purpose_not_allowed", new ImportProblem(0, null, $"The purpose '{purposeCode}' is not registered or not in effect.")));
        }

        var mapped = columns.Where(c => c.ItemType is not null).ToList();

        // The same rule as one registration: for a contractor, its entrustment must be in force and cover the purpose
        // and every mapped column (Art. 25).
        if (purpose is not null && caller.Role == Access.Role.Contractor)
        {
            var scope = Access.AccessPolicy.DecidePurpose(caller.Role, caller.Entrustment, AccessAction.Write, purposeCode, purpose, _time.GetUtcNow());
            var notEntrusted = scope.Allowed ? mapped.Where(c => !scope.VisibleItemTypes.Contains(c.ItemType!)).Select(c => c.Header).ToList() : [];
            if (!scope.Allowed)
            {
                problems.Add((scope.Code, new ImportProblem(0, null, scope.Reason)));
            }
            else if (notEntrusted.Count > 0)
            {
                problems.Add(("entrustment", new ImportProblem(0, string.Join(", ", notEntrusted), $"The entrustment does not cover the column(s) {string.Join(", ", notEntrusted)} (Art. 25).")));
            }
        }

        foreach (var column in mapped.Where(c => !ItemTypes.IsKnown(c.ItemType!)))
        {
            problems.Add(("invalid", new ImportProblem(0, column.Header, $"unknown item type '{column.ItemType}'")));
        }

        var outside = purpose is null ? [] : mapped.Where(c => !purpose.ItemTypes.Contains(c.ItemType!)).Select(c => c.Header).ToList();
        if (outside.Count > 0)
        {
            problems.Add(("purpose_not_allowed", new ImportProblem(0, string.Join(", ", outside),
                $"The purpose '{purpose!.Code}' does not cover the column(s) {string.Join(", ", outside)}: map them to nothing (--map COLUMN=ignore) or use a purpose that covers them.")));
        }

        var special = mapped.Where(c => ItemTypes.CategoryOf(c.ItemType!) == PiiCategory.SpecialCare).Select(c => c.Header).ToList();
        if (special.Count > 0 && !(consentGiven && purpose is not null && purpose.ItemTypes.Contains(EntityTypes.SpecialCare)))
        {
            problems.Add(("no_consent", new ImportProblem(0, string.Join(", ", special),
                "Special care-required information may only be imported with the people's prior consent to a purpose covering it (Art. 20(2)).")));
        }

        if (noticeId is not null)
        {
            var notice = (await _purposes.NoticesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(n => n.Id == noticeId);
            if (notice is null)
            {
                problems.Add(("invalid", new ImportProblem(0, null, $"There is no notice '{noticeId}'.")));
            }
            else if (purpose is not null && !notice.PurposeCodes.Contains(purpose.Code))
            {
                problems.Add(("invalid", new ImportProblem(0, null, $"The notice '{noticeId}' does not state the purpose '{purpose.Code}'.")));
            }
        }

        return (problems, purpose);
    }

    /// <summary>Stores the wrapped keys of a sealed batch (before any of its rows).</summary>
    private Task PutKeysAsync(NewSubjectRecord[] batch, CancellationToken cancellationToken) =>
        batch.Length == 0 ? Task.CompletedTask : _keys.PutAsync([.. batch.Select(r => (r.Subject.Id, r.Key))], cancellationToken);

    /// <summary>Writes a sealed batch whose keys are stored: its rows, receipt records, log line and progress.</summary>
    private async Task<long> FlushAsync(
        Caller caller, string importId, string purpose, NewSubjectRecord[] batch, long lastRow, Provision.ReceiptConfirmation? receipt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var count = batch.Length;
        if (count > 0)
        {
            // Marks the batch first: if the process dies after the insert but before its progress is recorded,
            // GetProgressAsync finds the batch by its first subject and the rows are not imported twice.
            await _store.SetSettingAsync(PendingKey(importId), string.Create(CultureInfo.InvariantCulture, $"{lastRow} {batch[0].Subject.Id}"), cancellationToken).ConfigureAwait(false);
            await _store.InsertSubjectsAsync(batch, cancellationToken).ConfigureAwait(false);
            if (receipt is not null)
            {
                // The Art. 30 recipient record of each person received, before the batch's progress is marked.
                await _store.WriteRecordsAsync(
                    [.. batch.Select(r => ThirdPartyProvision.ReceiptRecord(receipt, r.Subject.Id, [.. r.Items.Select(i => i.Type).Distinct(StringComparer.Ordinal)], importId, now))],
                    CancellationToken.None).ConfigureAwait(false);
            }

            // The batch is in: its log line and the progress mark are written whatever happens to the token now, or a
            // resumed import would write the batch a second time.
            await _log.AppendAsync(caller, AccessAction.Write, null, batch.SelectMany(r => r.Items.Select(i => i.Type)).Distinct(), purpose, true,
                $"import {importId}: {count} subject(s) up to row {lastRow}", CancellationToken.None).ConfigureAwait(false);
        }

        await _store.SetImportProgressAsync(importId, lastRow, completed: false, CancellationToken.None).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Checks, before any row is read, that an import of received data names a receipt confirmation that exists and covers every
    /// mapped column (Art. 30); refuses (logged) otherwise. Does nothing when the origin names none.
    /// </summary>
    /// <param name="caller">Who imports.</param>
    /// <param name="importId">The import.</param>
    /// <param name="purposeCode">The purpose.</param>
    /// <param name="origin">Where the data came from.</param>
    /// <param name="columns">The mapping.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task CheckReceiptAsync(Caller caller, string importId, string purposeCode, ImportOrigin origin, IReadOnlyList<ImportColumn> columns, CancellationToken cancellationToken = default) =>
        ReceiptAsync(caller, importId, purposeCode, origin, columns, cancellationToken);

    /// <summary>
    /// The receipt confirmation an import of received data names (Art. 30), checked before anything is written: it must exist and
    /// cover every mapped column. Null when the data was not received from a third party.
    /// </summary>
    private async Task<Provision.ReceiptConfirmation?> ReceiptAsync(
        Caller caller, string importId, string purposeCode, ImportOrigin origin, IReadOnlyList<ImportColumn> columns, CancellationToken cancellationToken)
    {
        if (origin.ReceiptConfirmationId is not { } confirmationId)
        {
            return null;
        }

        var receipt = (await _store.GetReceiptConfirmationsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(c => c.Id == confirmationId);
        var uncovered = receipt is null ? [] : columns.Where(c => c.ItemType is not null && !receipt.ItemTypes.Contains(c.ItemType)).Select(c => c.Header).ToList();
        if (receipt is not null && uncovered.Count == 0)
        {
            return receipt;
        }

        await _log.AppendAsync(caller, AccessAction.Write, null, [], purposeCode, false, $"import {importId}: refused (receipt confirmation)", cancellationToken).ConfigureAwait(false);
        throw receipt is null
            ? new PlatformException("not_found", $"There is no receipt confirmation '{confirmationId}': confirm the provider and how it acquired the data before receiving it (Art. 30; mamori receipts confirm).")
            : new PlatformException("invalid", $"The receipt confirmation '{confirmationId}' does not cover the column(s) {string.Join(", ", uncovered)}: confirm those items with the provider, or leave the columns out (--map COLUMN=ignore).");
    }

    private static string PendingKey(string importId) => "import_pending:" + importId;

    /// <summary>What is wrong with a value of a type, or null.</summary>
    private static string? Check(string type, string value)
    {
        // Folded only for the types whose form is checked on folded text (most columns need no folding at all).
        var folded = type is EntityTypes.EmailAddress or EntityTypes.PostalCode ? JapaneseTextNormalizer.Normalize(value).Text.Trim() : value;
        return type switch
        {
            EntityTypes.EmailAddress when !(folded.Count(c => c == '@') == 1 && folded.IndexOf('@', StringComparison.Ordinal) > 0 && folded[(folded.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.')) =>
                "not an e-mail address",
            EntityTypes.PhoneNumber when Security.BlindIndexNormalizer.Normalize(type, value).Length is < 10 or > 11 =>
                "not a phone number (10 or 11 digits after the 0, or +81…)",
            EntityTypes.DateOfBirth when !JapaneseDate.TryParse(value, out _) =>
                "not a date (1985-04-01, 1985/4/1, 1985年4月1日, 昭和60年4月1日…)",
            EntityTypes.PostalCode when folded.Count(char.IsAsciiDigit) != 7 =>
                "not a postal code (NNN-NNNN)",
            _ when value.Length > 10_000 => "longer than 10,000 characters",
            _ => null,
        };
    }
}
