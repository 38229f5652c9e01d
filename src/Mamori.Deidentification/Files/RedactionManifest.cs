using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mamori.Deidentification.Files;

/// <summary>
/// What a <c>mamori redact</c> run did, written beside its output as <see cref="FileName"/>: the
/// operator per entity type, the key id of keyed operators, and per file the counts and the
/// positions of FF1 replacements (needed to restore them). It holds no personal values.
/// </summary>
public sealed record RedactionManifest
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = "mamori-redaction.json";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Manifest format version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>When the run happened (UTC, ISO 8601).</summary>
    public required string Created { get; init; }

    /// <summary>The key that keyed operators used, or null when none was needed.</summary>
    public string? KeyId { get; init; }

    /// <summary>The default operator.</summary>
    public required string DefaultOperator { get; init; }

    /// <summary>Operators chosen per entity id.</summary>
    public required IReadOnlyDictionary<string, string> Operators { get; init; }

    /// <summary>One entry per file handled.</summary>
    public required IReadOnlyList<ManifestFile> Files { get; init; }

    /// <summary>Writes the manifest (never over an existing one).</summary>
    /// <param name="folder">The output folder.</param>
    public void Save(string folder)
    {
        using var file = new AtomicFile(Path.Combine(folder, FileName));
        JsonSerializer.Serialize(file.Stream, this, s_json);
        file.Commit();
    }

    /// <summary>Reads the manifest of a redacted folder, or null when there is none.</summary>
    /// <param name="folder">A folder written by <c>mamori redact</c>.</param>
    /// <exception cref="FormatException">The manifest is damaged.</exception>
    public static RedactionManifest? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RedactionManifest>(File.ReadAllText(path), s_json)
                ?? throw new FormatException($"'{path}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"'{path}' is damaged (line {(ex.LineNumber ?? 0) + 1}); restore it from the redaction run's output.", ex);
        }
    }
}
