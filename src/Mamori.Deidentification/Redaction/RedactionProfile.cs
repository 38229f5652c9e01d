using Mamori.Deidentification.Operators;

namespace Mamori.Deidentification.Redaction;

/// <summary>Which operator transforms which entity type; types without an entry use <see cref="Default"/>.</summary>
public sealed class RedactionProfile
{
    private readonly Dictionary<string, IValueOperator> _byType;

    /// <summary>Creates a profile.</summary>
    /// <param name="defaultOperator">The operator for types without their own.</param>
    /// <param name="byType">Operators per entity id.</param>
    public RedactionProfile(IValueOperator defaultOperator, IReadOnlyDictionary<string, IValueOperator>? byType = null)
    {
        ArgumentNullException.ThrowIfNull(defaultOperator);
        Default = defaultOperator;
        _byType = byType is null ? new(StringComparer.Ordinal) : new(byType, StringComparer.Ordinal);
    }

    /// <summary>The default profile: every finding replaced by its typed tag (<c>&lt;氏名&gt;</c>).</summary>
    public static RedactionProfile ReplaceAll { get; } = new(new ReplaceOperator());

    /// <summary>The operator for types without their own.</summary>
    public IValueOperator Default { get; }

    /// <summary>The operators chosen per entity id.</summary>
    public IReadOnlyDictionary<string, IValueOperator> ByType => _byType;

    /// <summary>The operator for an entity id.</summary>
    /// <param name="entityType">An entity id.</param>
    public IValueOperator For(string entityType) => _byType.TryGetValue(entityType, out var op) ? op : Default;
}
