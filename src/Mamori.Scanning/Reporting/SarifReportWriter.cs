using System.Text.Json;
using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Reporting;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 for code-scanning tools. One rule per entity id; each finding a
/// result with <c>region</c> <c>startLine</c>/<c>startColumn</c>/<c>charLength</c> in UTF-16 code units
/// (<c>columnKind</c> says so); level by category: special care-required and identification codes →
/// <c>error</c>, personal → <c>warning</c>, personal-related → <c>note</c>. Classified columns and
/// personal information databases are file-level results; scan errors are tool notifications.
/// Results are streamed.
/// </summary>
public sealed class SarifReportWriter : IScanReportWriter, IDisposable
{
    /// <summary>The rule id of personal information database flags.</summary>
    public const string DatabaseRuleId = "PERSONAL_INFORMATION_DATABASE";

    private readonly JsonTextOutput _output;
    private readonly ReportText _text;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<ScanError> _errors = [];

    /// <summary>Writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the log goes.</param>
    /// <param name="catalog">The entity ids that become rules.</param>
    /// <param name="language">The language of messages.</param>
    public SarifReportWriter(TextWriter output, EntityCatalog catalog, ReportLanguage language = ReportLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(catalog);
        _output = new JsonTextOutput(output, indented: true);
        _text = new ReportText(language);
        var json = _output.Json;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var type in catalog.Types)
        {
            WriteRule(json, type, catalog.CategoryOf(type));
        }

        WriteRule(json, DatabaseRuleId, PiiCategory.Personal);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
    }

    /// <summary>The SARIF level of a category.</summary>
    /// <param name="category">The category.</param>
    public static string LevelOf(PiiCategory category) => category switch
    {
        PiiCategory.SpecialCare or PiiCategory.IdentificationCode => "error",
        PiiCategory.Personal => "warning",
        PiiCategory.PersonalRelated => "note",
        _ => "none",
    };

    /// <inheritdoc />
    public void Write(ScanRecord record)
    {
        var json = _output.Json;
        switch (record)
        {
            case ScanFinding finding:
                StartResult(json, finding.Type, finding.Category, $"{_text.Category(finding.Category)} ({finding.Type})" + (finding.Masked is { } m ? ": " + m : string.Empty));
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                WriteArtifact(json, finding.Path);
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.Line);
                json.WriteNumber("startColumn", finding.Column);
                json.WriteNumber("charLength", finding.Length);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("properties");
                json.WriteString("category", finding.Category.ToJsonName());
                json.WriteNumber("confidence", Math.Round(finding.Confidence, 3));
                if (finding.Row is { } row)
                {
                    json.WriteNumber("row", row);
                }

                Optional(json, "field", finding.Field);
                Optional(json, "subcategory", finding.Subcategory);
                Optional(json, "masked", finding.Masked);
                Optional(json, "value", finding.Value);
                Optional(json, "sheet", finding.Sheet);
                Optional(json, "cell", finding.Cell);
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case ColumnClassification column:
                StartResult(json, column.Type, column.Category, _text[
                    $"列「{column.Field}」は{_text.Category(column.Category)}（{column.Type}）を保持しています",
                    $"Column '{column.Field}' holds {_text.Category(column.Category).ToLowerInvariant()} ({column.Type})"]);
                WriteFileLocation(json, column.Path);
                json.WriteStartObject("properties");
                json.WriteString("kind", "column");
                json.WriteString("field", column.Field);
                json.WriteString("category", column.Category.ToJsonName());
                json.WriteNumber("confidence", Math.Round(column.Confidence, 3));
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case DatabaseFlag flag:
                StartResult(json, DatabaseRuleId, PiiCategory.Personal, _text[
                    "個人情報データベース等に該当します（氏名の列と他の個人属性の列を保持）",
                    "Personal information database (a name column beside other personal attributes)"]);
                WriteFileLocation(json, flag.Path);
                json.WriteStartObject("properties");
                json.WriteString("kind", "database");
                Optional(json, "table", flag.Table);
                json.WriteNumber("rows", flag.Rows);
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case ScanError error:
                _errors.Add(error);
                return;
            default:
                return;
        }

        _output.Flush();
    }

    /// <inheritdoc />
    public void Complete(ScanSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var json = _output.Json;
        json.WriteEndArray();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in _errors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", error.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, error.Path);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("code", error.Code.ToJsonName());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName("summary");
        RecordJson.WriteSummary(json, summary);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        _output.Flush(force: true);
        _output.NewLine();
    }

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();

    /// <summary>A relative path as a URI reference (segments escaped); absolute paths as file URIs; <c>postgres://</c> as is.</summary>
    internal static string ToUri(string path)
    {
        if (path.StartsWith("postgres://", StringComparison.Ordinal))
        {
            return path;
        }

        var normalized = path.Replace('\\', '/');
        var escaped = string.Join('/', normalized.Split('/').Select(Uri.EscapeDataString));
        return normalized.StartsWith('/') ? "file://" + escaped : escaped;
    }

    private void WriteRule(Utf8JsonWriter json, string id, PiiCategory category)
    {
        _ruleIndex[id] = _ruleIndex.Count;
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", id == DatabaseRuleId
            ? _text["個人情報データベース等", "Personal information database"]
            : $"{_text.Category(category)}: {id}");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", LevelOf(category));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", category.ToJsonName());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void StartResult(Utf8JsonWriter json, string ruleId, PiiCategory category, string message)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        if (!_ruleIndex.TryGetValue(ruleId, out var index))
        {
            index = -1;
        }

        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", LevelOf(category));
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
    }

    private static void WriteFileLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, path);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(path));
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
