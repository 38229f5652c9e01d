using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mamori.Deidentification.Redaction;

namespace Mamori.Deidentification.Files;

/// <summary>JSON and JSON Lines: every string value redacted with its property name as context; structure and order kept.</summary>
public sealed partial class FileRedactor
{
    private static readonly JsonSerializerOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    private void RedactJson(string input, string output, RedactionSummary summary, CancellationToken cancellationToken)
    {
        var (encoding, bom) = Sniff(input);
        var text = File.ReadAllText(input, encoding);
        var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        cancellationToken.ThrowIfCancellationRequested();
        node = Walk(node, null, summary);
        using var file = new AtomicFile(output);
        using (var writer = new StreamWriter(file.Stream, WithPreamble(encoding, bom), leaveOpen: true))
        {
            writer.Write(node?.ToJsonString(text.Contains('\n') ? s_indented : s_compact) ?? "null");
            if (text.EndsWith('\n'))
            {
                writer.Write('\n');
            }
        }

        file.Commit();
    }

    private void RedactJsonLines(string input, string output, RedactionSummary summary, CancellationToken cancellationToken)
    {
        var (encoding, bom) = Sniff(input);
        using var file = new AtomicFile(output);
        using (var reader = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: true))
        using (var writer = new StreamWriter(file.Stream, WithPreamble(encoding, bom), leaveOpen: true))
        {
            var lineNumber = 0;
            foreach (var (line, ending) in Lines(reader))
            {
                cancellationToken.ThrowIfCancellationRequested();
                lineNumber++;
                if (line.Trim().Length == 0)
                {
                    writer.Write(line + ending);
                    continue;
                }

                JsonNode? node;
                try
                {
                    node = JsonNode.Parse(line);
                }
                catch (JsonException ex)
                {
                    throw new FormatException($"line {lineNumber} is not valid JSON; nothing written", ex);
                }

                writer.Write(Walk(node, null, summary)?.ToJsonString(s_compact) ?? "null");
                writer.Write(ending);
            }
        }

        file.Commit();
    }

    /// <summary>Redacts every string in a JSON tree; a string's context is the nearest property name above it.</summary>
    private JsonNode? Walk(JsonNode? node, string? property, RedactionSummary summary)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(pair => pair.Key).ToList())
                {
                    var child = obj[name];
                    var replaced = Walk(child, name, summary);
                    if (!ReferenceEquals(replaced, child))
                    {
                        obj[name] = replaced;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    var replaced = Walk(child, property, summary);
                    if (!ReferenceEquals(replaced, child))
                    {
                        array[i] = replaced;
                    }
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var redacted = _redactor.Redact(text, property, summary);
                return ReferenceEquals(redacted, text) ? value : JsonValue.Create(redacted);
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                // A number can be a phone or card number written without quotes.
                var raw = value.ToJsonString();
                var changed = _redactor.Redact(raw, property, summary);
                return ReferenceEquals(changed, raw) ? value : JsonValue.Create(changed);
            default:
                return node;
        }
    }
}
