using System.Collections.Concurrent;

namespace Mamori.Deidentification.Redaction;

/// <summary>How many values of each entity type were transformed, and by which operator. Thread-safe.</summary>
public sealed class RedactionSummary
{
    private readonly ConcurrentDictionary<(string Type, string Operator), int> _counts = new();

    /// <summary>The counts per (entity type, operator).</summary>
    public IReadOnlyDictionary<(string Type, string Operator), int> Counts => _counts;

    /// <summary>Total values transformed.</summary>
    public int Total => _counts.Values.Sum();

    /// <summary>Counts one transformed value.</summary>
    /// <param name="entityType">Its entity id.</param>
    /// <param name="operatorName">The operator applied.</param>
    public void Add(string entityType, string operatorName) => _counts.AddOrUpdate((entityType, operatorName), 1, static (_, n) => n + 1);
}
