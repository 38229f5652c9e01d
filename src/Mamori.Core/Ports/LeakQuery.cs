namespace Mamori.Core.Ports;

/// <summary>Which data a leak concerns: some subjects or all, some item types or all.</summary>
/// <param name="SubjectIds">The subjects, or null for every subject.</param>
/// <param name="ItemTypes">The item types, or null for every type.</param>
public sealed record LeakQuery(IReadOnlyList<string>? SubjectIds, IReadOnlyList<string>? ItemTypes);
