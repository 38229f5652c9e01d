using System.Globalization;
using Mamori.Cli.Localization;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// Gives every column of the table one role and says why. Options decide first (<c>--identifiers</c>,
/// <c>--quasi</c>, <c>--sensitive</c>, <c>--keep</c>, <c>--hierarchy</c>); every other column is
/// decided from the detector's classification of a sample (<see cref="SampleClassifier"/>), in this
/// order: a name, contact or account data, an identification code or a linking id (member id,
/// online identifier, IP address) → identifier; special care-required → sensitive; a date of birth,
/// address, postal code, gender or an age header → quasi-identifier when <c>--quasi</c> is not given,
/// identifier (removed) when it is; a number or code header (注文番号, order_id) whose values are
/// mostly distinct → identifier (linking code); a column whose sampled cells hold any name, phone
/// number, e-mail address or identification code → identifier; anything else → kept.
/// </summary>
internal sealed class ColumnPlanner(UiText text, ColumnarTable table, AnonymizeRequest request)
{
    /// <summary>Share of distinct values above which a number or code column is a linking code.</summary>
    public const double LinkingDistinctShare = 0.5;

    private readonly Dictionary<string, (ColumnRole Role, string Option)> _explicit = new(StringComparer.Ordinal);

    /// <summary>Checks every column the options name and records the roles they give (usage errors otherwise).</summary>
    /// <param name="hierarchyColumns">The columns of <c>--hierarchy COL=FILE</c>.</param>
    /// <param name="maxLevelColumns">The columns of <c>--max-level COL=LEVEL</c>.</param>
    public void CheckOptions(IEnumerable<string> hierarchyColumns, IEnumerable<string> maxLevelColumns)
    {
        var unknown = new List<string>();
        var conflicts = new List<string>();
        Assign(request.Identifiers, ColumnRole.Identifier, "--identifiers");
        Assign(request.Quasi, ColumnRole.QuasiIdentifier, "--quasi");
        Assign(request.Sensitive, ColumnRole.Sensitive, "--sensitive");
        Assign(request.Keep, ColumnRole.Insensitive, "--keep");
        var notQuasi = new List<string>();
        foreach (var column in hierarchyColumns)
        {
            if (table.GetColumnIndex(column) < 0)
            {
                unknown.Add("--hierarchy " + column);
            }
            else if (_explicit.TryGetValue(column, out var given))
            {
                if (given.Role != ColumnRole.QuasiIdentifier)
                {
                    conflicts.Add($"{column} ({given.Option}, --hierarchy)");
                }
            }
            else if (request.Quasi.Count > 0)
            {
                notQuasi.Add(column);
            }
            else
            {
                _explicit[column] = (ColumnRole.QuasiIdentifier, "--hierarchy");
            }
        }

        unknown.AddRange(maxLevelColumns.Where(c => table.GetColumnIndex(c) < 0).Select(c => "--max-level " + c));
        if (unknown.Count > 0)
        {
            var columns = string.Join(", ", table.ColumnNames);
            throw new AnonymizeFailure(MamoriCli.UsageError, text[
                $"表にない列が指定されています: {string.Join("、", unknown)}。表の列: {columns}",
                $"Unknown column(s): {string.Join(", ", unknown)}. The table's columns: {columns}"]);
        }

        if (conflicts.Count > 0)
        {
            throw new AnonymizeFailure(MamoriCli.UsageError, text[
                $"同じ列に複数の役割が指定されています: {string.Join("、", conflicts)}。列ごとに 1 つの役割を指定してください。",
                $"Column(s) given more than one role: {string.Join("; ", conflicts)}. Give each column one role."]);
        }

        if (notQuasi.Count > 0)
        {
            throw new AnonymizeFailure(MamoriCli.UsageError, text[
                $"--hierarchy の列が --quasi にありません: {string.Join("、", notQuasi)}。--quasi に加えてください。",
                $"--hierarchy names column(s) missing from --quasi: {string.Join(", ", notQuasi)}. Add them to --quasi."]);
        }

        void Assign(IReadOnlyList<string> columns, ColumnRole role, string option)
        {
            foreach (var column in columns)
            {
                if (table.GetColumnIndex(column) < 0)
                {
                    unknown.Add(option + " " + column);
                }
                else if (_explicit.TryGetValue(column, out var given))
                {
                    if (given.Role != role)
                    {
                        conflicts.Add($"{column} ({given.Option}, {option})");
                    }
                }
                else
                {
                    _explicit[column] = (role, option);
                }
            }
        }
    }

    /// <summary>The columns the detector must classify: those without a role, and quasi-identifiers without a user hierarchy (the hierarchy depends on the type).</summary>
    public IReadOnlyList<string> ColumnsToClassify(IReadOnlyDictionary<string, (string File, CsvHierarchy Hierarchy)> userHierarchies) =>
        [.. table.ColumnNames.Where(c => !_explicit.TryGetValue(c, out var given) || (given.Role == ColumnRole.QuasiIdentifier && !userHierarchies.ContainsKey(c)))];

    /// <summary>Decides every column, in header order.</summary>
    public List<ColumnDecision> Plan(
        IReadOnlyDictionary<string, ColumnSignals> signals,
        IReadOnlyDictionary<string, (string File, CsvHierarchy Hierarchy)> userHierarchies,
        IReadOnlyDictionary<string, string> maxLevels)
    {
        var decisions = new List<ColumnDecision>(table.Columns.Count);
        foreach (var column in table.ColumnNames)
        {
            var signal = signals.GetValueOrDefault(column) ?? ColumnSignals.None;
            var decision = _explicit.TryGetValue(column, out var given)
                ? new ColumnDecision(column, given.Role, new Bilingual($"{given.Option} で指定", $"given with {given.Option}")) { Explicit = true }
                : Decide(column, signal);
            decision = decision with { DetectedType = signal.Type, Confidence = signal.Classification?.Confidence };
            if (decision.Role == ColumnRole.QuasiIdentifier)
            {
                var user = userHierarchies.TryGetValue(column, out var found) ? found : default;
                decision = HierarchyChooser.Apply(decision, table[column], user.File, user.Hierarchy);
                if (maxLevels.TryGetValue(column, out var level))
                {
                    decision = decision with { MaxLevel = ResolveLevel(decision, level) };
                }
            }
            else if (maxLevels.ContainsKey(column))
            {
                throw new AnonymizeFailure(MamoriCli.UsageError, text[
                    $"--max-level の列 {column} は準識別子ではありません（{RoleText.Label(decision.Role).Japanese}）。",
                    $"--max-level names column {column}, which is not a quasi-identifier ({RoleText.Label(decision.Role).English})."]);
            }

            decisions.Add(decision);
        }

        if (!decisions.Exists(d => d.Role == ColumnRole.QuasiIdentifier))
        {
            throw new AnonymizeFailure(MamoriCli.UsageError, text[
                "準識別子（生年月日・住所・郵便番号・性別・年齢など）が見つかりません。一般化する列を --quasi で指定してください。",
                "No quasi-identifier (date of birth, address, postal code, gender, age…) was found. Name the columns to generalise with --quasi."]);
        }

        return decisions;
    }

    /// <summary>A <c>--max-level</c> value: a level number or key (e.g. <c>prefecture</c>), not below the column's lowest level.</summary>
    private int ResolveLevel(ColumnDecision decision, string value)
    {
        var levels = decision.Hierarchy!.Levels;
        var index = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : levels.Select(l => l.Key).ToList().IndexOf(value);
        if (index >= decision.MinLevel && index < levels.Count)
        {
            return index;
        }

        var choices = string.Join(", ", levels.Select((l, i) => i.ToString(CultureInfo.InvariantCulture) + "=" + l.Key).Skip(decision.MinLevel));
        throw new AnonymizeFailure(MamoriCli.UsageError, text[
            $"--max-level {decision.Column}={value} は使えません。指定できる段階: {choices}",
            $"--max-level {decision.Column}={value} is not a level it can use. Levels: {choices}"]);
    }

    private ColumnDecision Decide(string column, ColumnSignals signal)
    {
        var type = signal.Type;
        var detected = type is null
            ? default
            : new Bilingual(
                string.Create(CultureInfo.InvariantCulture, $"検出器の分類: {type}（確度 {signal.Classification!.Confidence:0.00}）"),
                string.Create(CultureInfo.InvariantCulture, $"classified as {type} (confidence {signal.Classification!.Confidence:0.00})"));

        if (RoleRules.IsIdentifierType(type, signal.Category))
        {
            var rule = RoleRules.IdentifierRule(type!, signal.Category);
            return new ColumnDecision(column, ColumnRole.Identifier, Join(detected, rule));
        }

        if (RoleRules.IsSensitiveType(type))
        {
            return new ColumnDecision(column, ColumnRole.Sensitive, Join(detected, new Bilingual(
                "要配慮個人情報。機微属性としてそのまま残す（l 多様性の対象にできる）",
                "special care-required; kept as a sensitive attribute (l-diversity may protect it)")));
        }

        var quasiReason = QuasiReason(column, type, detected);
        if (quasiReason is { } reason)
        {
            return request.Quasi.Count == 0
                ? new ColumnDecision(column, ColumnRole.QuasiIdentifier, Join(reason, new Bilingual(
                    "準識別子として一般化（施行規則第34条第4号・第5号）",
                    "generalised as a quasi-identifier (Rules Art. 34(4), (5))")))
                : new ColumnDecision(column, ColumnRole.Identifier, Join(reason, new Bilingual(
                    "準識別子になりうるが --quasi にないため削除（そのまま残すと k 匿名性が成り立たない）。残すには --quasi か --keep で指定",
                    "a likely quasi-identifier missing from --quasi, so removed (kept as is it would break k-anonymity); name it in --quasi or --keep to keep it")));
        }

        var distinct = table.RowCount == 0 ? 0 : (double)table[column].Values.Count / table.RowCount;
        if (type is null && HeaderWords.IsCodeLike(column) && distinct >= LinkingDistinctShare)
        {
            return new ColumnDecision(column, ColumnRole.Identifier, new Bilingual(
                string.Create(CultureInfo.InvariantCulture, $"見出しが番号・コードを示し、値の {distinct:P0} が互いに異なる → 連結符号の削除（施行規則第34条第3号）。残すには --keep"),
                string.Create(CultureInfo.InvariantCulture, $"a number or code header with {distinct:P0} distinct values: linking code removed (Rules Art. 34(3)); --keep keeps it")));
        }

        if (signal.IdentifyingRows > 0)
        {
            var types = string.Join(", ", signal.IdentifyingTypes);
            return new ColumnDecision(column, ColumnRole.Identifier, Join(detected, new Bilingual(
                $"抽出した {signal.IdentifyingRows} 行のセルに識別につながる記述（{types}）→ 特定の個人を識別できる記述の削除（施行規則第34条第1号）。残すには --keep",
                $"{signal.IdentifyingRows} sampled row(s) hold identifying text ({types}): identifying description removed (Rules Art. 34(1)); --keep keeps it")));
        }

        return new ColumnDecision(column, ColumnRole.Insensitive, Join(detected, type is null
            ? new Bilingual("個人情報として分類されず、そのまま残す", "not classified as personal information; kept as is")
            : new Bilingual("識別子・準識別子にあたらず、そのまま残す", "neither identifier nor quasi-identifier; kept as is")));
    }

    private static Bilingual? QuasiReason(string column, string? type, Bilingual detected)
    {
        if (RoleRules.IsQuasiIdentifierType(type))
        {
            return detected;
        }

        if (type is not null)
        {
            return null;
        }

        if (HeaderWords.IsAge(column))
        {
            return new Bilingual("見出しが年齢を示す", "the header names an age");
        }

        if (HeaderWords.IsDateOfBirth(column) || HeaderWords.IsPostalCode(column) || HeaderWords.IsAddress(column) || HeaderWords.IsGender(column))
        {
            return new Bilingual("見出しが生年月日・郵便番号・住所・性別を示す", "the header names a date of birth, postal code, address or gender");
        }

        return null;
    }

    private static Bilingual Join(Bilingual first, Bilingual second) => first.Japanese is null or ""
        ? second
        : new Bilingual(first.Japanese + " → " + second.Japanese, first.English + ": " + second.English);
}
