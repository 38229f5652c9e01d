using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Mamori.Benchmarks;

// Runs the benchmarks (BenchmarkDotNet arguments pass through, e.g. --filter '*Normalise*'), then
// prints each benchmark's MB/s against its target; exits 1 when a measured target is missed.
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
var summaries = BenchmarkSwitcher.FromAssembly(typeof(DetectorBenchmarks).Assembly).Run(args, config);

var inv = CultureInfo.InvariantCulture;
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"input: {BenchmarkInput.Utf8Bytes / 1e6:0.0} MB of mixed Japanese text (seed {BenchmarkInput.Seed}), {BenchmarkInput.Documents.Count} documents"));
var missed = 0;
foreach (var summary in summaries)
{
    // Name the job only when several ran (e.g. with --job short added to the attribute's job).
    var severalJobs = summary.BenchmarksCases.Select(c => c.Job.DisplayInfo).Distinct().Count() > 1;
    foreach (var report in summary.Reports)
    {
        var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
        var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo + (severalJobs ? $" [{report.BenchmarkCase.Job.DisplayInfo}]" : "");
        var mbs = ThroughputColumn.MegabytesPerSecond(summary, report.BenchmarkCase);
        if (BenchmarkTargets.MinMegabytesPerSecond.TryGetValue(method, out var target))
        {
            var met = mbs >= target;
            missed += met ? 0 : 1;
            Console.WriteLine(string.Create(inv, $"{(met ? "PASS" : "FAIL")}  {name}: {mbs:0.0} MB/s (target >= {target:0} MB/s per core)"));
        }
        else
        {
            Console.WriteLine(string.Create(inv, $"      {name}: {mbs:0.0} MB/s"));
        }
    }
}

return missed == 0 ? 0 : 1;
