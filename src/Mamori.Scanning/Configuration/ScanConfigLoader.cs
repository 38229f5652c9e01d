using System.Text.Json;
using System.Text.RegularExpressions;
using Mamori.Detection;
using Mamori.Detection.Recognizers;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Mamori.Scanning.Configuration;

/// <summary>
/// Reads a <c>--config</c> file: JSON when it ends in <c>.json</c>, YAML otherwise; snake_case keys;
/// unknown keys are errors (a typo must not silently turn a setting off). Example:
/// <code>
/// min_confidence: 0.6
/// exclude_entities: [IP_ADDRESS]
/// allow_list: ["03-1234-5678"]
/// deny_list: { PERSON_NAME: ["山田太郎"] }
/// context_words: { PHONE_NUMBER: ["代表"] }
/// recognizers:
///   - name: employee_id
///     type: EMPLOYEE_ID
///     category: personal
///     regex: "EMP-[0-9]{6}"
///     context: [社員番号]
///     validator: none        # none | luhn | my_number | corporate_number | drivers_license
///     score: 0.5
///     context_score: 0.85
/// sample_rows: 1000
/// parallel: 4
/// archive: { max_total_bytes: 4294967296, max_compression_ratio: 200, max_depth: 4, max_entries: 100000 }
/// </code>
/// </summary>
public static partial class ScanConfigLoader
{
    /// <summary>Loads and checks a settings file.</summary>
    /// <param name="path">A YAML or JSON file.</param>
    /// <exception cref="ScanConfigException">The file is missing, unreadable or not valid.</exception>
    public static ScanConfiguration Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScanConfigException(ex is FileNotFoundException or DirectoryNotFoundException
                ? "the configuration file does not exist"
                : "the configuration file could not be read", ex);
        }

        return Parse(text, path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Parses and checks settings text.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="json">True for JSON.</param>
    /// <exception cref="ScanConfigException">The settings are not valid.</exception>
    public static ScanConfiguration Parse(string text, bool json)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = json ? ParseJson(text) : ParseYaml(text);
        return Convert(document ?? new ConfigDocument());
    }

    private static ConfigDocument? ParseYaml(string text)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            return deserializer.Deserialize<ConfigDocument?>(text);
        }
        catch (YamlException ex)
        {
            throw new ScanConfigException($"the configuration is not valid at line {ex.Start.Line}, column {ex.Start.Column} (unknown setting, or a value of the wrong kind)", ex);
        }
    }

    private static ConfigDocument? ParseJson(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<ConfigDocument>(text, new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
                UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
                ReadCommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException ex)
        {
            throw new ScanConfigException($"the configuration is not valid at line {(ex.LineNumber ?? 0) + 1} ({ex.Path ?? "$"}): unknown setting, or a value of the wrong kind", ex);
        }
    }

    private static ScanConfiguration Convert(ConfigDocument document)
    {
        if (document.MinConfidence is { } min && (min is < 0 or > 1 || double.IsNaN(min)))
        {
            throw new ScanConfigException("min_confidence must lie between 0 and 1");
        }

        if (document.SampleRows is < 1)
        {
            throw new ScanConfigException("sample_rows must be at least 1");
        }

        if (document.Parallel is < 1)
        {
            throw new ScanConfigException("parallel must be at least 1");
        }

        var recognizers = new List<PatternRecognizer>();
        foreach (var (recognizer, index) in (document.Recognizers ?? []).Select((r, i) => (r, i + 1)))
        {
            recognizers.Add(ToRecognizer(recognizer, index));
        }

        var duplicate = recognizers.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ScanConfigException($"recognizer name '{duplicate.Key}' is used twice");
        }

        ArchiveLimits? archive = null;
        if (document.Archive is { } a)
        {
            var defaults = new ArchiveLimits();
            archive = new ArchiveLimits
            {
                MaxTotalBytes = a.MaxTotalBytes ?? defaults.MaxTotalBytes,
                MaxCompressionRatio = a.MaxCompressionRatio ?? defaults.MaxCompressionRatio,
                MaxDepth = a.MaxDepth ?? defaults.MaxDepth,
                MaxEntries = a.MaxEntries ?? defaults.MaxEntries,
            };
            if (archive.MaxTotalBytes < 1 || archive.MaxCompressionRatio < 1 || archive.MaxDepth < 1 || archive.MaxEntries < 1)
            {
                throw new ScanConfigException("archive limits must be positive");
            }
        }

        return new ScanConfiguration
        {
            MinConfidence = document.MinConfidence,
            Entities = document.Entities,
            ExcludeEntities = document.ExcludeEntities ?? [],
            AllowList = document.AllowList ?? [],
            DenyList = Lists(document.DenyList, "deny_list"),
            ContextWords = Lists(document.ContextWords, "context_words"),
            Recognizers = recognizers,
            SampleRows = document.SampleRows,
            Parallelism = document.Parallel,
            Archive = archive,
        };
    }

    private static Dictionary<string, IReadOnlyCollection<string>> Lists(Dictionary<string, List<string>>? source, string setting)
    {
        var result = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var (type, values) in source ?? [])
        {
            if (!EntityId().IsMatch(type))
            {
                throw new ScanConfigException($"{setting}: '{type}' is not an entity id (upper-case letters, digits and underscores)");
            }

            result[type] = values ?? [];
        }

        return result;
    }

    private static PatternRecognizer ToRecognizer(ConfigDocument.RecognizerDocument document, int index)
    {
        var name = string.IsNullOrWhiteSpace(document.Name) ? $"#{index}" : document.Name;
        string Where(string what) => $"recognizer '{name}': {what}";
        if (string.IsNullOrWhiteSpace(document.Name))
        {
            throw new ScanConfigException(Where("name is required"));
        }

        if (string.IsNullOrWhiteSpace(document.Type) || !EntityId().IsMatch(document.Type))
        {
            throw new ScanConfigException(Where("type is required and must be an entity id such as EMPLOYEE_ID"));
        }

        if (string.IsNullOrEmpty(document.Regex))
        {
            throw new ScanConfigException(Where("regex is required"));
        }

        var category = PiiCategory.Personal;
        if (document.Category is { } categoryName && !PiiCategoryExtensions.TryParse(categoryName, out category))
        {
            throw new ScanConfigException(Where("category must be one of identification_code, special_care, personal, personal_related, not_personal"));
        }

        var validator = document.Validator?.ToLowerInvariant() switch
        {
            null or "none" => PatternValidator.None,
            "luhn" => PatternValidator.Luhn,
            "my_number" => PatternValidator.MyNumber,
            "corporate_number" => PatternValidator.CorporateNumber,
            "drivers_license" => PatternValidator.DriversLicense,
            _ => throw new ScanConfigException(Where("validator must be one of none, luhn, my_number, corporate_number, drivers_license")),
        };

        try
        {
            return new PatternRecognizer(name, document.Type, category, document.Regex, document.Context, validator, document.Score ?? 0.5, document.ContextScore ?? 0.85);
        }
        catch (ArgumentException ex)
        {
            throw new ScanConfigException(Where(ex.ParamName switch
            {
                "pattern" => "regex is not a valid .NET regular expression",
                _ => "score and context_score must lie between 0 and 1",
            }), ex);
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex EntityId();
}
