using BenchmarkDotNet.Attributes;
using Mamori.Core.Features;
using Mamori.Core.Requests;

namespace Mamori.Benchmarks.Disclosure;

/// <summary>
/// A disclosure package for one subject among <see cref="DisclosureWorld.Subjects"/>: <c>Requests.PackageAsync</c> of a
/// fulfilled disclosure (read the subject, its items, consents and events, decrypt, list its purposes, render, log the
/// disclosure) in each format, and the whole request (receive, verify, fulfil with the package). Each invocation discloses
/// another subject.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private Platform _platform = null!;
    private Caller _officer = null!;
    private IReadOnlyList<string> _subjects = [];
    private string[] _requests = [];
    private int _next;

    /// <summary>The providers measured (MAMORI_BENCH_PROVIDERS, default both).</summary>
    public static IEnumerable<string> Providers =>
        Environment.GetEnvironmentVariable("MAMORI_BENCH_PROVIDERS") is { Length: > 0 } list ? list.Split(',') : ["sqlite", "postgres"];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    [Params(DisclosureFormat.Json, DisclosureFormat.Csv, DisclosureFormat.Pdf)]
    public DisclosureFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_platform, _officer) = DisclosureWorld.OpenAsync(Provider).GetAwaiter().GetResult();
        _subjects = DisclosureWorld.SampleAsync(_platform, 64).GetAwaiter().GetResult();
        _requests = [.. _subjects.Select(s => FulfilAsync(s).GetAwaiter().GetResult().Request.Id)];
    }

    [GlobalCleanup]
    public void Cleanup() => _platform.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Requests.PackageAsync")]
    public async Task<int> Package()
    {
        var file = await _platform.Requests.PackageAsync(_officer, _requests[_next++ % _requests.Length], Format);
        return file.Content.Length;
    }

    [Benchmark(Description = "add + verify + fulfil")]
    public async Task<int> WholeRequest()
    {
        var outcome = await FulfilAsync(_subjects[_next++ % _subjects.Count]);
        return outcome.Package!.Content.Length;
    }

    private async Task<RequestOutcome> FulfilAsync(string subjectId)
    {
        var request = await _platform.Requests.AddAsync(_officer, new NewSubjectRequest(subjectId, RequestType.Disclosure, "bench", Format: Format, FeeYen: 0));
        await _platform.Requests.VerifyAsync(_officer, request.Id, "bench");
        return await _platform.Requests.FulfilAsync(_officer, request.Id);
    }
}
