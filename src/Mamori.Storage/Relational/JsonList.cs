using System.Text.Json;

namespace Mamori.Storage.Relational;

/// <summary>List-valued columns (item types, purpose codes) as JSON text arrays: readable in any SQL client, the same in both databases.</summary>
internal static class JsonList
{
    public static string Write(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> Read(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
