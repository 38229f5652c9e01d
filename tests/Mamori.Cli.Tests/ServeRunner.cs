using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Mamori.Cli.Tests;

/// <summary>
/// Runs <c>mamori serve</c> in-process on a free loopback port until stopped (the cancellation Ctrl+C would give),
/// with output captured in writers that are safe to read while the server writes.
/// </summary>
internal sealed class ServeRunner : IAsyncDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly TextWriter _syncOutput;
    private readonly TextWriter _syncError;
    private readonly CancellationTokenSource _stop = new();

    private ServeRunner(string[] args, string url)
    {
        Url = url;
        _syncOutput = TextWriter.Synchronized(_output);
        _syncError = TextWriter.Synchronized(_error);
        Run = Task.Run(() => MamoriCli.InvokeAsync(args, _syncOutput, _syncError, _stop.Token));
    }

    public string Url { get; }

    public Task<int> Run { get; }

    public string Output
    {
        get
        {
            lock (_syncOutput)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_syncError)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>mamori ARGS --urls http://127.0.0.1:PORT</c> on a free port (unless ARGS name --urls).</summary>
    public static ServeRunner Start(params string[] args)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        return new ServeRunner(args.Contains("--urls") ? args : [.. args, "--urls", url], url);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until the health endpoint answers and the start-up text is printed; fails with the server's error output if it exits first.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (DateTime.UtcNow < deadline)
        {
            if (Run.IsCompleted)
            {
                Assert.Fail($"mamori serve exited with {await Run} before answering: {Error}");
            }

            try
            {
                using var response = await client.GetAsync($"{Url}/api/v1/health", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK && Output.Contains("Ctrl+C", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Fail("mamori serve did not answer in time.");
    }

    /// <summary>Cancels as Ctrl+C does and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await Run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Run.IsCompleted)
        {
            await _stop.CancelAsync();
            await Run.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }

        _stop.Dispose();
        _output.Dispose();
        _error.Dispose();
    }
}
