using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Mamori.Deidentification.Anonymization;

public sealed partial record AnonymizationReport
{
    private static readonly JsonWriterOptions s_jsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The report as JSON: English keys, Japanese descriptions, no cell values.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_jsonOptions))
        {
            WriteJson(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report as one JSON object.</summary>
    /// <param name="json">The writer.</param>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("kind", "匿名加工情報（個人情報保護法第43条、施行規則第34条）");
        json.WriteString("notice", "この報告は加工の方法に関する情報を含むため、安全に管理してください（法第43条第2項）。published_items は公表が必要な項目です（法第43条第3項）。");

        json.WriteStartObject("k");
        json.WriteNumber("required", K);
        json.WriteNumber("achieved", KAchieved);
        json.WriteEndObject();

        if (LDiversity is { } l)
        {
            json.WriteStartObject("l");
            json.WriteString("column", l.Column);
            json.WriteNumber("required", l.L);
            json.WriteNumber("achieved", LAchieved ?? 0);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("l");
        }

        json.WriteStartObject("rows");
        json.WriteNumber("input", InputRows);
        json.WriteNumber("output", OutputRows);
        json.WriteNumber("suppressed", SuppressedRows);
        json.WriteNumber("suppression_rate", InputRows == 0 ? 0 : (double)SuppressedRows / InputRows);
        json.WriteNumber("max_suppressed", MaxSuppressedRows);
        json.WriteNumber("max_suppression_rate", MaxSuppressionRate);
        json.WriteString("suppression_mode", SuppressionMode == SuppressionMode.Remove ? "remove" : "mask");
        json.WriteString("suppression_description", SuppressionMode == SuppressionMode.Remove
            ? "k（およびl）を満たさないレコードは削除"
            : "k（およびl）を満たさないレコードは準識別子をすべて「*」に置換");
        json.WriteBoolean("shuffled", RowsShuffled);
        json.WriteEndObject();

        json.WriteStartObject("equivalence_classes");
        json.WriteNumber("count", EquivalenceClasses);
        json.WriteStartArray("size_histogram");
        foreach (var bin in ClassSizes)
        {
            json.WriteStartObject();
            json.WriteNumber("size", bin.Size);
            json.WriteNumber("classes", bin.Classes);
            json.WriteNumber("records", bin.Records);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("prosecutor_risk");
        json.WriteNumber("maximum", Risk.Maximum);
        json.WriteNumber("average", Risk.Average);
        json.WriteNumber("records_at_maximum", Risk.RecordsAtMaximum);
        json.WriteEndObject();

        json.WriteStartObject("information_loss");
        json.WriteString("metric", LossMetricName);
        json.WriteString("description", "準識別子のセルごとに（一般化後の値に含まれる元の値の種類数−1）/（列の値の種類数−1）の平均。削除・秘匿したセルは1。0は無加工、1はすべて秘匿。");
        json.WriteNumber("value", InformationLoss);
        json.WriteEndObject();

        json.WriteStartArray("transformation");
        foreach (var column in Transformation)
        {
            json.WriteStartObject();
            json.WriteString("column", column.Column);
            json.WriteNumber("level", column.Level);
            json.WriteString("level_key", column.LevelKey);
            json.WriteString("description", column.Description);
            json.WriteNumber("information_loss", column.InformationLoss);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("removed_columns");
        foreach (var column in RemovedColumns)
        {
            json.WriteStartObject();
            json.WriteString("column", column);
            json.WriteString("reason", "個人識別符号・特定の個人を識別できる記述・連結符号の削除（施行規則第34条第1号～第3号）");
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("published_items");
        foreach (var item in PublishedItems)
        {
            json.WriteStartObject();
            json.WriteString("column", item.Column);
            json.WriteString("treatment", item.Treatment);
            json.WriteString("description", item.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("search");
        json.WriteString("algorithm", "lattice search (Flash-style bottom-up binary search with predictive tagging; optimal by lower-bound pruning)");
        json.WriteNumber("lattice_size", Search.LatticeSize);
        json.WriteNumber("nodes_evaluated", Search.NodesEvaluated);
        json.WriteNumber("nodes_rolled_up", Search.NodesRolledUp);
        json.WriteNumber("nodes_rejected_by_column_check", Search.NodesRejectedByColumnCheck);
        json.WriteNumber("elapsed_ms", Math.Round(Search.Elapsed.TotalMilliseconds, 1));
        json.WriteEndObject();

        json.WriteEndObject();
    }
}
