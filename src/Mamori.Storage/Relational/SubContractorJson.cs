using System.Text.Json;
using Mamori.Core.Access;

namespace Mamori.Storage.Relational;

/// <summary>An entrustment's sub-contractor chain as a JSON array (snake_case), the same text in both databases.</summary>
internal static class SubContractorJson
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Write(IReadOnlyList<SubContractor> chain) =>
        JsonSerializer.Serialize(chain.Select(s => new Row(s.Name, s.Country, s.ProcessingContent, s.Approved, s.Parent)).ToArray(), s_options);

    public static IReadOnlyList<SubContractor> Read(string json)
    {
        var rows = JsonSerializer.Deserialize<Row[]>(json, s_options) ?? [];

        // An empty chain is the same empty list a new entrustment starts with, so records compare equal.
        return rows.Length == 0 ? [] : [.. rows.Select(r => new SubContractor(r.Name, r.Country, r.ProcessingContent, r.Approved, r.Parent))];
    }

    private sealed record Row(string Name, string Country, string ProcessingContent, bool Approved, string? Parent);
}
