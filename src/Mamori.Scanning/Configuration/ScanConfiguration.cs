using Mamori.Detection;
using Mamori.Detection.Recognizers;

namespace Mamori.Scanning.Configuration;

/// <summary>
/// Settings read from a <c>--config</c> file: detector settings (allow- and deny-lists, extra context
/// words, entity filters, threshold), custom pattern recognizers and scan settings. Unset values stay
/// null so the command line and the defaults fill them.
/// </summary>
public sealed record ScanConfiguration
{
    /// <summary>Minimum confidence, or null.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>Only these entity ids, or null for all.</summary>
    public IReadOnlyList<string>? Entities { get; init; }

    /// <summary>Entity ids never reported.</summary>
    public IReadOnlyList<string> ExcludeEntities { get; init; } = [];

    /// <summary>Values never reported.</summary>
    public IReadOnlyList<string> AllowList { get; init; } = [];

    /// <summary>Values always reported, per entity id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> DenyList { get; init; } = new Dictionary<string, IReadOnlyCollection<string>>();

    /// <summary>Extra context words per entity id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> ContextWords { get; init; } = new Dictionary<string, IReadOnlyCollection<string>>();

    /// <summary>Custom recognizers, run beside the built-in ones.</summary>
    public IReadOnlyList<PatternRecognizer> Recognizers { get; init; } = [];

    /// <summary>Rows sampled per database table, or null.</summary>
    public int? SampleRows { get; init; }

    /// <summary>Degree of parallelism, or null.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Archive limits, or null for the defaults.</summary>
    public ArchiveLimits? Archive { get; init; }

    /// <summary>Applies the detector settings to <paramref name="options"/> (lists are added, scalars replaced when set).</summary>
    /// <param name="options">The options to start from.</param>
    public DetectorOptions ApplyTo(DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            MinConfidence = MinConfidence ?? options.MinConfidence,
            Entities = Entities is null ? options.Entities : new HashSet<string>(Entities, StringComparer.Ordinal),
            ExcludeEntities = new HashSet<string>(options.ExcludeEntities.Concat(ExcludeEntities), StringComparer.Ordinal),
            AllowList = [.. options.AllowList, .. AllowList],
            DenyList = Merge(options.DenyList, DenyList),
            ContextWords = Merge(options.ContextWords, ContextWords),
        };
    }

    private static Dictionary<string, IReadOnlyCollection<string>> Merge(
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> first,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> second)
    {
        var merged = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in first.Concat(second))
        {
            merged[key] = merged.TryGetValue(key, out var existing) ? [.. existing, .. values] : values;
        }

        return merged;
    }
}
