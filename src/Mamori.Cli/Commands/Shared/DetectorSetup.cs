using Mamori.Detection;
using Mamori.Detection.Recognizers;
using Mamori.Scanning;
using Mamori.Scanning.Configuration;

namespace Mamori.Cli.Commands.Shared;

/// <summary>
/// Builds the detector a command runs with from the shared options (<c>--config</c>, <c>--entities</c>,
/// <c>--exclude-entities</c>, <c>--min-confidence</c>), or says precisely what is wrong with them.
/// </summary>
internal sealed record DetectorSetup(DetectorOptions Options, List<IRecognizer> Recognizers, EntityCatalog Catalog, ScanConfiguration Configuration)
{
    /// <summary>Reads the settings; returns null with a message when they are unusable.</summary>
    public static DetectorSetup? Build(
        string? configFile, IReadOnlyCollection<string> entities, IReadOnlyCollection<string> excludeEntities, double? minConfidence,
        Localization.UiText text, out string? problem)
    {
        problem = null;
        var configuration = new ScanConfiguration();
        if (configFile is not null)
        {
            try
            {
                configuration = ScanConfigLoader.Load(configFile);
            }
            catch (ScanConfigException ex)
            {
                problem = text[$"設定ファイル {configFile} を使えません: {ex.Message}", $"Cannot use the settings file {configFile}: {ex.Message}"];
                return null;
            }
        }

        var options = configuration.ApplyTo(new DetectorOptions());
        options = options with
        {
            MinConfidence = minConfidence ?? options.MinConfidence,
            Entities = entities.Count > 0 ? new HashSet<string>(entities.Select(e => e.ToUpperInvariant()), StringComparer.Ordinal) : options.Entities,
            ExcludeEntities = new HashSet<string>(options.ExcludeEntities.Concat(excludeEntities.Select(e => e.ToUpperInvariant())), StringComparer.Ordinal),
        };

        List<IRecognizer> recognizers = [.. BuiltInRecognizers.Create(options), .. configuration.Recognizers];
        var catalog = new EntityCatalog(recognizers);
        var unknown = (options.Entities ?? (IEnumerable<string>)[]).Concat(options.ExcludeEntities).Where(e => !catalog.Contains(e)).ToList();
        if (unknown.Count > 0)
        {
            problem = text[
                $"不明な種類: {string.Join(", ", unknown)}。使える種類: {string.Join(", ", catalog.Types)}",
                $"Unknown entity id(s): {string.Join(", ", unknown)}. Known ids: {string.Join(", ", catalog.Types)}"];
            return null;
        }

        return new DetectorSetup(options, recognizers, catalog, configuration);
    }

    /// <summary>Splits repeated, comma-separated option values.</summary>
    public static List<string> SplitList(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
