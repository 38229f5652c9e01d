using Mamori.Detection.Morphology;

namespace Mamori.Detection;

/// <summary>
/// What the detector reports and how sure it must be. A class (not a struct) so that a default
/// instance carries the documented defaults.
/// </summary>
public sealed record DetectorOptions
{
    /// <summary>The default <see cref="MinConfidence"/>.</summary>
    public const double DefaultMinConfidence = 0.5;

    /// <summary>Findings scoring below this are dropped. Default 0.5.</summary>
    public double MinConfidence { get; init; } = DefaultMinConfidence;

    /// <summary>Only these entity ids are reported; null reports all.</summary>
    public IReadOnlySet<string>? Entities { get; init; }

    /// <summary>These entity ids are never reported.</summary>
    public IReadOnlySet<string> ExcludeEntities { get; init; } = new HashSet<string>();

    /// <summary>Values that are never reported (compared after folding, e.g. a company's own phone number).</summary>
    public IReadOnlyCollection<string> AllowList { get; init; } = [];

    /// <summary>Values always reported as the given entity id wherever they occur (e.g. known customer names).</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> DenyList { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();

    /// <summary>Extra context words per entity id, added to the built-in Japanese and English ones.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> ContextWords { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();

    /// <summary>How many characters before a candidate are searched for context words. Default 40.</summary>
    public int ContextWindowBefore { get; init; } = 40;

    /// <summary>How many characters after a candidate are searched for context words. Default 20.</summary>
    public int ContextWindowAfter { get; init; } = 20;

    /// <summary>Whether person names are searched with MeCab (the slowest recognizer). Default true.</summary>
    public bool EnablePersonNames { get; init; } = true;

    /// <summary>Where MeCab's dictionary is.</summary>
    public MeCabOptions MeCab { get; init; }

    /// <summary>True when <paramref name="type"/> passes <see cref="Entities"/> and <see cref="ExcludeEntities"/>.</summary>
    /// <param name="type">An entity id.</param>
    public bool Reports(string type) => (Entities is null || Entities.Contains(type)) && !ExcludeEntities.Contains(type);
}
