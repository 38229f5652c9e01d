using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mamori.Scanning.Reporting;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes go to a <see cref="TextWriter"/> as they are flushed, with
/// relaxed escaping so Japanese stays readable (HTML-sensitive characters are still escaped).
/// </summary>
internal sealed class JsonTextOutput : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold);

    public JsonTextOutput(TextWriter output, bool indented)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = false,
        });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Sends what has been written so far when enough has gathered (or always, when <paramref name="force"/>).</summary>
    public void Flush(bool force = false)
    {
        if (!force && Json.BytesPending + _buffer.WrittenCount < FlushThreshold)
        {
            return;
        }

        Json.Flush();
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>Writes a raw newline between JSON values (JSON Lines).</summary>
    public void NewLine()
    {
        Flush(force: true);
        _output.Write('\n');
        Json.Reset();
    }

    public void Dispose() => Json.Dispose();
}
