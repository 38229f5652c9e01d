using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Mamori.Deidentification.Pseudonymization;

/// <summary>
/// 削除情報等 (Rules Art. 31-32): how the data was processed (the column decisions, the operator and
/// key id) and the table from pseudonym back to the original subject key. It is written to its own
/// file, readable only by its owner, to be kept under separate access control. Deleted values
/// themselves are not copied into it: the original database already holds them, and the subject
/// key is enough to find them there.
/// </summary>
public sealed class DeletedInformation
{
    private readonly ConcurrentDictionary<string, string> _pseudonyms = new(StringComparer.Ordinal);

    /// <summary>Pseudonym → original subject key.</summary>
    public IReadOnlyDictionary<string, string> Pseudonyms => _pseudonyms;

    /// <summary>Records one pseudonym.</summary>
    /// <param name="pseudonym">The pseudonym written to the output.</param>
    /// <param name="originalKey">The subject key it replaced.</param>
    public void Record(string pseudonym, string originalKey) => _pseudonyms.TryAdd(pseudonym, originalKey);

    /// <summary>Writes the file (permissions 600; an existing file is not overwritten).</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="keyId">The id of the key that made the pseudonyms.</param>
    /// <param name="tables">Per processed table: its name and the column decisions.</param>
    public void Save(string path, string keyId, IReadOnlyDictionary<string, PseudonymizationPlan> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        });
        writer.WriteStartObject();
        writer.WriteString("kind", "削除情報等 (APPI Rules Art. 31-32)");
        writer.WriteString("notice", "この情報は仮名加工情報と分離し、アクセス権限を限定して安全に管理してください（法第41条第2項）。");
        writer.WriteString("method", "HMAC-SHA256 keyed pseudonyms (prefix P, 80 bits), key id recorded below");
        writer.WriteString("key_id", keyId);
        writer.WriteStartArray("tables");
        foreach (var (table, plan) in tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("table", table);
            writer.WriteStartArray("columns");
            foreach (var column in plan.Columns)
            {
                writer.WriteStartObject();
                writer.WriteString("column", column.Column);
                writer.WriteString("action", column.Action.ToString().ToLowerInvariant());
                if (column.EntityType is not null)
                {
                    writer.WriteString("type", column.EntityType);
                }

                writer.WriteString("reason", column.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("pseudonyms");
        foreach (var (pseudonym, key) in _pseudonyms.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteString(pseudonym, key);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }
}
