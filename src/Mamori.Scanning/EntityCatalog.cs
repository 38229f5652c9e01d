using Mamori.Detection;
using Mamori.Detection.Recognizers;
using Mamori.Scanning.Tables;

namespace Mamori.Scanning;

/// <summary>
/// Every entity id a scan can report, with its APPI category: the built-in ids, the column-only ids
/// (<see cref="ColumnTypes"/>) and the ids of custom <see cref="PatternRecognizer"/>s.
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<string, PiiCategory> _categories = new(StringComparer.Ordinal);

    /// <summary>Creates the catalog for a set of recognizers.</summary>
    /// <param name="recognizers">The recognizers in use; pattern recognizers add their ids.</param>
    public EntityCatalog(IEnumerable<IRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        foreach (var type in EntityTypes.All)
        {
            _categories[type] = EntityTypes.CategoryOf(type);
        }

        foreach (var (type, category) in ColumnTypes.All)
        {
            _categories[type] = category;
        }

        foreach (var pattern in recognizers.OfType<PatternRecognizer>())
        {
            _categories.TryAdd(pattern.EntityType, pattern.Category);
        }
    }

    /// <summary>Every known id, sorted.</summary>
    public IReadOnlyList<string> Types => [.. _categories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when the id is known.</summary>
    /// <param name="type">An entity id.</param>
    public bool Contains(string type) => _categories.ContainsKey(type);

    /// <summary>The category of an id; personal for unknown ids (e.g. deny-list types).</summary>
    /// <param name="type">An entity id.</param>
    public PiiCategory CategoryOf(string type) => _categories.TryGetValue(type, out var category) ? category : PiiCategory.Personal;
}
