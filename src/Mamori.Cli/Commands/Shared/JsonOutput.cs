using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mamori.Cli.Commands.Shared;

/// <summary>How platform commands write JSON: indented for people unless one line per record, Japanese kept readable.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonSerializerOptions Lines { get; } = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
