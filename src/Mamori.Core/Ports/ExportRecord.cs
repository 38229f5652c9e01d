namespace Mamori.Core.Ports;

/// <summary>An export of subjects: who asked, for which purpose, how many, its trace mark, and its approval.</summary>
/// <param name="Id">The export id (also the trace mark's key).</param>
/// <param name="RequestedBy">The user who asked.</param>
/// <param name="Purpose">The declared purpose.</param>
/// <param name="SubjectCount">How many subjects it holds.</param>
/// <param name="ItemTypes">The item types exported.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="Status"><c>pending</c> (waiting for a privacy officer), <c>approved</c>, <c>rejected</c>, <c>completed</c>.</param>
public sealed record ExportRecord(string Id, string RequestedBy, string Purpose, int SubjectCount, IReadOnlyList<string> ItemTypes, DateTimeOffset RequestedAt, string Status)
{
    /// <summary>Who approved or rejected it.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>When it was decided.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The canary record's e-mail address planted in the file, which identifies the export if the file leaks.</summary>
    public string? TraceMark { get; init; }
}
