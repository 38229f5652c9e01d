using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Mamori.Benchmarks.Disclosure;

// Runs the disclosure benchmarks (BenchmarkDotNet arguments pass through), then prints each case against the target — a
// disclosure package for one subject among 100,000 in under 200 ms — and exits 1 when one misses it.
const double TargetMs = 200;

// Seed (once per machine; kept) before BenchmarkDotNet starts, so that no benchmark's setup includes it.
foreach (var provider in DisclosureBenchmarks.Providers)
{
    var (platform, _) = await DisclosureWorld.OpenAsync(provider);
    await platform.DisposeAsync();
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(DisclosureBenchmarks).Assembly).Run(args, DefaultConfig.Instance);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"subjects: {DisclosureWorld.Subjects:N0}"));
var missed = 0;
foreach (var report in summaries.SelectMany(s => s.Reports))
{
    if (report.ResultStatistics is not { } statistics)
    {
        Console.WriteLine($"FAIL  {report.BenchmarkCase.DisplayInfo}: no result");
        missed++;
        continue;
    }

    var ms = statistics.Mean / 1e6;
    var p95 = statistics.Percentiles.P95 / 1e6;
    var met = ms < TargetMs;
    missed += met ? 0 : 1;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(met ? "PASS" : "FAIL")}  {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} [{report.BenchmarkCase.Parameters.PrintInfo}]: mean {ms:0.000} ms, p95 {p95:0.000} ms (target < {TargetMs:0} ms)"));
}

return missed == 0 ? 0 : 1;
