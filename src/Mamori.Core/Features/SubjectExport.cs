using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Subjects;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Operators;
using Mamori.Deidentification.Surrogates;
using Mamori.Detection;

namespace Mamori.Core.Features;

/// <summary>
/// Controlled exports, in place of a USB ban: every export has a purpose, only subjects the purpose
/// covers (consents, suspension) with only the purpose's items (masked by role), a privacy officer's
/// approval when large, a log line, and a trace mark — a realistic but fictitious canary record unique
/// to the export, so a leaked file can be traced back to who exported it, when and why.
/// </summary>
public sealed class SubjectExport
{
    private const int PageSize = 2000;

    private readonly IPlatformStore _store;
    private readonly SubjectRegistry _subjects;
    private readonly PurposeRegister _purposes;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;
    private readonly PlatformOptions _options;

    internal SubjectExport(IPlatformStore store, SubjectRegistry subjects, PurposeRegister purposes, AccessLog log, TimeProvider time, PlatformOptions options)
    {
        _store = store;
        _subjects = subjects;
        _purposes = purposes;
        _log = log;
        _time = time;
        _options = options;
    }

    /// <summary>Asks for an export; large ones wait for a privacy officer unless one asks.</summary>
    /// <param name="caller">Who exports.</param>
    /// <param name="purposeCode">The declared purpose.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ExportRecord> RequestAsync(Caller caller, string? purposeCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var purpose = await _purposes.CurrentAsync(purposeCode, cancellationToken).ConfigureAwait(false);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Export) || purpose is null)
        {
            await _log.AppendAsync(caller, AccessAction.Export, null, [], purposeCode, false, purpose is null ? "purpose missing" : "role", cancellationToken).ConfigureAwait(false);
            throw purpose is null
                ? new PlatformException(string.IsNullOrWhiteSpace(purposeCode) ? "purpose_required" : "purpose_not_allowed", "Declare a registered purpose for the export (Art. 18).")
                : new PlatformException("forbidden", $"The role {Roles.Name(caller.Role)} may not export personal data.");
        }

        var count = (int)Math.Min(int.MaxValue, await _store.CountSubjectsAsync(cancellationToken).ConfigureAwait(false));
        var status = count > _options.LargeExportThreshold && caller.Role != Role.PrivacyOfficer ? "pending" : "approved";
        var export = new ExportRecord("X" + Guid.CreateVersion7().ToString("N"), caller.UserId, purpose.Code, count, purpose.ItemTypes, _time.GetUtcNow(), status);
        await _store.InsertExportAsync(export, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Export, null, purpose.ItemTypes, purpose.Code, true, $"export {export.Id} requested ({count} candidates, {status})", cancellationToken).ConfigureAwait(false);
        return export;
    }

    /// <summary>Approves or rejects a pending export (privacy officers).</summary>
    /// <param name="caller">Who decides.</param>
    /// <param name="exportId">The export.</param>
    /// <param name="approve">True to approve.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ExportRecord> DecideAsync(Caller caller, string exportId, bool approve, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var export = await _store.GetExportAsync(exportId, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no export '{exportId}'.");
        if (caller.Role != Role.PrivacyOfficer)
        {
            await _log.AppendAsync(caller, AccessAction.Export, null, [], export.Purpose, false, $"approve {exportId}: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only privacy officers approve exports.");
        }

        if (export.Status != "pending")
        {
            throw new PlatformException("conflict", $"The export '{exportId}' is {export.Status}, not pending.");
        }

        var decided = export with { Status = approve ? "approved" : "rejected", DecidedBy = caller.UserId, DecidedAt = _time.GetUtcNow() };
        await _store.UpdateExportAsync(decided, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Export, null, [], export.Purpose, true, $"export {exportId} {decided.Status}", cancellationToken).ConfigureAwait(false);
        return decided;
    }

    /// <summary>Writes an approved export as CSV (UTF-8 with BOM, as Excel in Japan expects) and completes it.</summary>
    /// <param name="caller">Who exports (the requester or a privacy officer).</param>
    /// <param name="exportId">The export.</param>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The completed export record (with its trace mark).</returns>
    public async Task<ExportRecord> WriteCsvAsync(Caller caller, string exportId, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(output);
        var export = await _store.GetExportAsync(exportId, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no export '{exportId}'.");
        if (export.RequestedBy != caller.UserId && caller.Role != Role.PrivacyOfficer)
        {
            await _log.AppendAsync(caller, AccessAction.Export, null, [], export.Purpose, false, $"write {exportId}: refused (not the requester)", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only the requester or a privacy officer writes an export.");
        }

        if (export.Status != "approved")
        {
            await _log.AppendAsync(caller, AccessAction.Export, null, [], export.Purpose, false, $"write {exportId}: refused ({export.Status})", cancellationToken).ConfigureAwait(false);
            throw new PlatformException(export.Status == "pending" ? "approval_required" : "conflict",
                export.Status == "pending" ? $"The export '{exportId}' waits for a privacy officer's approval (mamori export approve {exportId})." : $"The export '{exportId}' is {export.Status}.");
        }

        var columns = export.ItemTypes.ToList();
        var canary = Canary(exportId, columns);
        var canaryAt = (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(exportId)), 0) % (uint)Math.Max(1, Math.Min(export.SubjectCount, 500)));
        await output.WriteLineAsync(string.Join(',', new[] { "subject_id" }.Concat(columns).Select(Csv))).ConfigureAwait(false);
        var written = 0;
        string? after = null;
        while (true)
        {
            var page = await _store.ListSubjectIdsAsync(after, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var id in page)
            {
                var subject = await _store.GetSubjectAsync(id, cancellationToken).ConfigureAwait(false);
                if (subject is null || subject.Status == SubjectStatus.Erased)
                {
                    continue;
                }

                var purpose = await _purposes.CurrentAsync(export.Purpose, cancellationToken).ConfigureAwait(false);
                var consents = await _store.GetConsentsAsync(id, cancellationToken).ConfigureAwait(false);
                var decision = AccessPolicy.Decide(caller.Role, caller.Entrustment, AccessAction.Export, export.Purpose, purpose, subject, consents, _time.GetUtcNow());
                if (!decision.Allowed)
                {
                    continue; // not exported: no consent, suspended…
                }

                if (written == canaryAt)
                {
                    await output.WriteLineAsync(canary.Line).ConfigureAwait(false);
                }

                var view = await _subjects.ViewAsync(subject, decision, cancellationToken).ConfigureAwait(false);
                var values = columns.Select(c => view.Items.FirstOrDefault(i => i.Type == c)?.Value ?? string.Empty);
                await output.WriteLineAsync(string.Join(',', new[] { id }.Concat(values).Select(Csv))).ConfigureAwait(false);
                written++;
            }

            after = page[^1];
        }

        if (written <= canaryAt)
        {
            await output.WriteLineAsync(canary.Line).ConfigureAwait(false);
        }

        var completed = export with { Status = "completed", SubjectCount = written, TraceMark = canary.Mark };
        await _store.UpdateExportAsync(completed, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Export, null, columns, export.Purpose, true, $"export {exportId} written: {written} subject(s)", cancellationToken).ConfigureAwait(false);
        return completed;
    }

    /// <summary>Finds which export a (leaked) file came from by its trace mark.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The export, or null when the file carries no known mark.</returns>
    public async Task<ExportRecord?> TraceAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var finding in new PiiDetector(new DetectorOptions { Entities = new HashSet<string> { EntityTypes.EmailAddress }, EnablePersonNames = false }).Detect(text))
        {
            var email = text.Substring(finding.Start, finding.Length);
            if (await _store.FindExportByTraceMarkAsync(email, cancellationToken).ConfigureAwait(false) is { } export)
            {
                return export;
            }
        }

        return null;
    }

    /// <summary>A fictitious person unique to the export: surrogates seeded by the export id, with a unique e-mail address as the mark.</summary>
    private static (string Line, string Mark) Canary(string exportId, IReadOnlyList<string> columns)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes("mamori-trace\0" + exportId));
        var surrogates = new SurrogateOperator(KeyRing.FromKey("trace", seed));
        var mark = $"{NamePart(seed)}.{Convert.ToHexStringLower(seed.AsSpan(0, 5))}@example.jp";
        var values = columns.Select(type => type switch
        {
            EntityTypes.EmailAddress => mark,
            ItemTypes.MemberId => "M" + BitConverter.ToUInt32(seed, 8).ToString("D8", CultureInfo.InvariantCulture)[..8],
            ItemTypes.Gender => (seed[12] & 1) == 0 ? "女" : "男",
            ItemTypes.NameKana => KanaPart(seed),
            _ => surrogates.Apply(exportId + type, new OperatorContext(type)),
        });
        var id = "S" + Convert.ToHexStringLower(seed.AsSpan(16, 16));
        return (string.Join(',', new[] { id }.Concat(values).Select(Csv)), mark);
    }

    /// <summary>A katakana reading as an EC export writes it (surname of the mark's e-mail, a given name), so the canary row does not stand out.</summary>
    private static string KanaPart(byte[] seed) =>
        new[] { "ヤマダ", "サトウ", "スズキ", "タナカ", "イトウ", "カトウ", "コバヤシ", "ナカムラ" }[seed[20] % 8] + " "
        + new[] { "ハナコ", "タロウ", "ユウキ", "サクラ", "ケンタ", "ミサキ", "ダイスケ", "アヤカ" }[seed[21] % 8];

    private static string NamePart(byte[] seed) => new[] { "yamada", "sato", "suzuki", "tanaka", "ito", "kato", "kobayashi", "nakamura" }[seed[20] % 8];

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
