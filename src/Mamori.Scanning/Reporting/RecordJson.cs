using System.Text.Json;
using Mamori.Detection;
using Mamori.Scanning.Formats;
using Mamori.Scanning.Records;

namespace Mamori.Scanning.Reporting;

/// <summary>The one JSON shape of each record, shared by the JSON Lines and JSON reports (keys per PRODUCT.md first).</summary>
internal static class RecordJson
{
    public static void WriteFinding(Utf8JsonWriter json, ScanFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("path", finding.Path);
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("length", finding.Length);
        json.WriteString("type", finding.Type);
        json.WriteString("category", finding.Category.ToJsonName());
        json.WriteNumber("confidence", Math.Round(finding.Confidence, 3));
        if (finding.Row is { } row)
        {
            json.WriteNumber("row", row);
        }

        if (finding.Field is { } field)
        {
            json.WriteString("field", field);
        }

        WriteOptional(json, "subcategory", finding.Subcategory);
        WriteOptional(json, "masked", finding.Masked);
        WriteOptional(json, "value", finding.Value);
        WriteOptional(json, "sheet", finding.Sheet);
        WriteOptional(json, "cell", finding.Cell);
        if (finding.Page is { } page)
        {
            json.WriteNumber("page", page);
        }

        json.WriteEndObject();
    }

    public static void WriteColumn(Utf8JsonWriter json, ColumnClassification column, bool withKind)
    {
        json.WriteStartObject();
        if (withKind)
        {
            json.WriteString("kind", "column");
        }

        json.WriteString("path", column.Path);
        json.WriteString("field", column.Field);
        json.WriteString("type", column.Type);
        json.WriteString("category", column.Category.ToJsonName());
        json.WriteNumber("confidence", Math.Round(column.Confidence, 3));
        WriteOptional(json, "table", column.Table);
        json.WriteString("evidence", column.Evidence switch
        {
            ColumnEvidence.Header => "header",
            ColumnEvidence.Values => "values",
            _ => "header_and_values",
        });
        json.WriteNumber("sampled_values", column.SampledValues);
        json.WriteNumber("value_share", column.ValueShare);
        json.WriteEndObject();
    }

    public static void WriteDatabase(Utf8JsonWriter json, DatabaseFlag flag, bool withKind)
    {
        json.WriteStartObject();
        if (withKind)
        {
            json.WriteString("kind", "database");
        }

        json.WriteString("path", flag.Path);
        WriteOptional(json, "table", flag.Table);
        json.WriteString("classification", "personal_information_database");
        json.WriteStartArray("name_fields");
        foreach (var name in flag.NameFields)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteStartArray("attribute_fields");
        foreach (var name in flag.AttributeFields)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteNumber("rows", flag.Rows);
        json.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter json, ScanError error, bool withKind)
    {
        json.WriteStartObject();
        if (withKind)
        {
            json.WriteString("kind", "error");
        }

        json.WriteString("path", error.Path);
        json.WriteString("message", error.Message);
        json.WriteString("code", error.Code.ToJsonName());
        json.WriteEndObject();
    }

    public static void WriteFile(Utf8JsonWriter json, FileSummary file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteString("format", file.Format.ToJsonName());
        WriteOptional(json, "encoding", file.Encoding);
        json.WriteNumber("findings", file.Findings);
        WriteCounts(json, "by_category", file.FindingsByCategory.Select(p => (p.Key.ToJsonName(), (long)p.Value)));
        WriteCounts(json, "by_type", file.FindingsByType.Select(p => (p.Key, (long)p.Value)));
        json.WriteNumber("columns", file.Columns);
        json.WriteBoolean("personal_information_database", file.PersonalInformationDatabase);
        json.WriteNumber("errors", file.Errors);
        json.WriteBoolean("skipped", file.Skipped);
        json.WriteString("risk", file.Risk.ToJsonName());
        json.WriteStartArray("examples");
        foreach (var example in file.Examples)
        {
            json.WriteStartObject();
            json.WriteString("type", example.Type);
            json.WriteString("masked", example.Masked);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteSummary(Utf8JsonWriter json, ScanSummary summary)
    {
        json.WriteStartObject();
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("files_with_findings", summary.FilesWithFindings);
        json.WriteNumber("findings", summary.Findings);
        WriteCounts(json, "by_category", summary.FindingsByCategory.Select(p => (p.Key.ToJsonName(), p.Value)));
        WriteCounts(json, "by_type", summary.FindingsByType.Select(p => (p.Key, p.Value)));
        json.WriteNumber("columns", summary.Columns);
        json.WriteNumber("databases", summary.Databases);
        json.WriteNumber("errors", summary.Errors);
        json.WriteString("risk", summary.Risk.ToJsonName());
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IEnumerable<(string Key, long Count)> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
