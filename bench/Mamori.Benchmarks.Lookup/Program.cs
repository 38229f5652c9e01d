using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Mamori.Benchmarks.Lookup;
using Mamori.Benchmarks.Shared;

// Runs the lookup benchmarks (BenchmarkDotNet arguments pass through, e.g. --filter '*Search*'), then prints each
// case against the target — a lookup by e-mail among 1,000,000 subjects in under 5 ms — and exits 1 when one misses it.
const double TargetMs = 5;

if (args is ["--steps", var stepsOf])
{
    await Steps.RunAsync(stepsOf);
    return 0;
}

// Seed (once per machine; kept) before BenchmarkDotNet starts, so that no benchmark's setup includes it.
foreach (var provider in LookupBenchmarks.Providers)
{
    var (platform, _) = await LookupWorld.OpenAsync(provider);
    await platform.DisposeAsync();
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(LookupBenchmarks).Assembly).Run(args, DefaultConfig.Instance);

return BenchPlatform.PrintVerdict(summaries, LookupWorld.Subjects, TargetMs);
