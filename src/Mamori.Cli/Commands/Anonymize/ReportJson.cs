using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Files;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// The report file: the engine's report (<see cref="AnonymizationReport.ToJson"/>, English keys,
/// Japanese descriptions) with the source file and the column decisions added (<c>source</c>,
/// <c>column_roles</c>). No cell values.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Build(AnonymizationReport report, TableReader source, IReadOnlyList<ColumnDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(decisions);
        var root = JsonNode.Parse(report.ToJson())!.AsObject();
        root["source"] = new JsonObject
        {
            ["file"] = Path.GetFileName(source.Path),
            ["format"] = source.Format.ToString().ToLowerInvariant(),
            ["encoding"] = source.EncodingName,
        };
        var columns = new JsonArray();
        foreach (var decision in decisions)
        {
            columns.Add(new JsonObject
            {
                ["column"] = decision.Column,
                ["role"] = RoleText.Key(decision.Role),
                ["explicit"] = decision.Explicit,
                ["detected_type"] = decision.DetectedType,
                ["confidence"] = decision.Confidence,
                ["hierarchy"] = decision.HierarchyDescription?.Japanese,
                ["hierarchy_en"] = decision.HierarchyDescription?.English,
                ["min_level"] = decision.Role == ColumnRole.QuasiIdentifier ? decision.MinLevel : null,
                ["rare_values_recoded"] = decision.Role == ColumnRole.Sensitive ? decision.RareValuesRecoded : null,
                ["rare_rows_recoded"] = decision.Role == ColumnRole.Sensitive ? decision.RareRowsRecoded : null,
                ["reason"] = decision.Reason.Japanese,
                ["reason_en"] = decision.Reason.English,
            });
        }

        root["column_roles"] = columns;
        return root.ToJsonString(s_options) + "\n";
    }
}
