using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Mamori.Server.Tests.Api;

/// <summary>Requests as API clients send them: JSON bodies in snake_case, the purpose in X-Mamori-Purpose.</summary>
internal static class Http
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, string? purpose = null, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (purpose is not null)
        {
            request.Headers.Add(MamoriApi.PurposeHeader, purpose);
        }

        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : new StringContent(JsonSerializer.Serialize(body, s_json), Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> GetJsonAsync(this HttpClient client, string path, string? purpose) =>
        client.SendAsync(HttpMethod.Get, path, purpose);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object? body, string? purpose = null) =>
        client.SendAsync(HttpMethod.Post, path, purpose, body ?? "{}");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }

    /// <summary>The items of a subject response as type → value.</summary>
    public static Dictionary<string, string> Items(this JsonElement subject) =>
        subject.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("type").GetString()!, i => i.GetProperty("value").GetString()!);

    public static string? ProblemCode(this JsonElement problem) =>
        problem.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static MediaTypeHeaderValue? ContentType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
