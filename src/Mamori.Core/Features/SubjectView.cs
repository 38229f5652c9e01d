using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>A subject as a caller may see it for a purpose: only the items the purpose covers, masked by role.</summary>
/// <param name="Id">The subject's id.</param>
/// <param name="Status">Active, suspended or erased.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Items">The visible items.</param>
public sealed record SubjectView(string Id, SubjectStatus Status, DateTimeOffset CreatedAt, IReadOnlyList<ItemView> Items);
