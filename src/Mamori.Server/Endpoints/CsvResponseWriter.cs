using System.Text;

namespace Mamori.Server.Endpoints;

/// <summary>
/// A text writer onto the response that sets the CSV headers and starts the body (UTF-8 with BOM, as Excel in Japan
/// expects) only at the first write. Until then nothing is sent, so a refusal can still be answered as a problem.
/// </summary>
internal sealed class CsvResponseWriter(HttpResponse response, string fileName) : TextWriter
{
    private StreamWriter? _inner;

    public override Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public override void Write(char value) => Inner().Write(value);

    public override Task WriteAsync(char value) => Inner().WriteAsync(value);

    public override Task WriteAsync(string? value) => Inner().WriteAsync(value);

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) => Inner().WriteAsync(buffer, cancellationToken);

    public override Task WriteLineAsync(string? value) => Inner().WriteLineAsync(value);

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) => Inner().WriteLineAsync(buffer, cancellationToken);

    public override Task FlushAsync() => _inner?.FlushAsync() ?? Task.CompletedTask;

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner?.FlushAsync(cancellationToken) ?? Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        if (_inner is not null)
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    private StreamWriter Inner()
    {
        if (_inner is null)
        {
            response.ContentType = "text/csv; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            response.Headers.CacheControl = "no-store";
            _inner = new StreamWriter(response.Body, Encoding, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        }

        return _inner;
    }
}
