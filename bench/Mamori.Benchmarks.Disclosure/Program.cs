using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Mamori.Benchmarks.Disclosure;
using Mamori.Benchmarks.Shared;

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

return BenchPlatform.PrintVerdict(summaries, DisclosureWorld.Subjects, TargetMs);
