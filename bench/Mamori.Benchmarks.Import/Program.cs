using System.Diagnostics;
using System.Globalization;
using Mamori.Benchmarks.Import;
using Mamori.Core.Features;
using Mamori.Detection;
using Mamori.Storage;

// The import benchmark's helpers (bench/import-bench.sh runs them around `mamori import customers`):
//   generate --out FILE [--rows 1000000] [--seed 42]       a synthetic member export (UTF-8 CSV)
//   lookup --data DIR [--postgres CONN] [--rows 1000000] [--count 1000] [--purpose crm]
//                                                            latency of finding a member by e-mail: the blind-index
//                                                            query alone, and SubjectRegistry.SearchAsync (purpose and
//                                                            consent check, access-log entry) as the API runs it
var invariant = CultureInfo.InvariantCulture;
if (args.Length == 0 || args[0] is not ("generate" or "lookup"))
{
    Console.Error.WriteLine("usage: generate --out FILE [--rows N] [--seed S] | lookup --data DIR [--postgres CONN] [--rows N] [--count N] [--purpose P]");
    return 2;
}

if (args[0] == "generate")
{
    var path = Text("--out") ?? throw new ArgumentException("--out FILE is required");
    var rows = Number("--rows", 1_000_000);
    var clock = Stopwatch.StartNew();
    SyntheticMembers.Write(path, rows, (int)Number("--seed", 42));
    Console.WriteLine(string.Create(invariant, $"generated {rows:N0} members in {clock.Elapsed.TotalSeconds:F1} s: {path} ({new FileInfo(path).Length / 1e6:F0} MB)"));
    return 0;
}

var location = PlatformLocation.Resolve(Text("--data") ?? throw new ArgumentException("--data DIR is required"), Text("--postgres"), null);
var members = Number("--rows", 1_000_000);
var count = (int)Number("--count", 1000);
var purpose = Text("--purpose") ?? "crm";
await using var platform = await PlatformHost.OpenAsync(location);
var random = new Random(7);

// Warm-up: connections, statement caches, JIT.
for (var i = 0; i < 50; i++)
{
    await platform.Subjects.SearchAsync(Caller.LocalOperator, EntityTypes.EmailAddress, SyntheticMembers.Email(random.NextInt64(1, members + 1)), purpose);
}

var raw = new List<double>(count);
var search = new List<double>(count);
var found = 0;
for (var i = 0; i < count; i++)
{
    var email = SyntheticMembers.Email(random.NextInt64(1, members + 1));
    var clock = Stopwatch.StartNew();
    var ids = await platform.Store.FindByBlindIndexAsync(EntityTypes.EmailAddress, platform.MasterKeys.Current.BlindIndex(EntityTypes.EmailAddress, email));
    raw.Add(clock.Elapsed.TotalMilliseconds);
    clock.Restart();
    var visible = await platform.Subjects.SearchAsync(Caller.LocalOperator, EntityTypes.EmailAddress, email, purpose);
    search.Add(clock.Elapsed.TotalMilliseconds);
    found += ids.Count == 1 && visible.Count == 1 ? 1 : 0;
}

var subjects = await platform.Store.CountSubjectsAsync();
Console.WriteLine(string.Create(invariant, $"{platform.Store.Provider}: {count:N0} lookups by e-mail among {subjects:N0} subjects, {found:N0} found exactly once"));
Report("blind-index query", raw);
Report("SearchAsync (purpose, consent, access log)", search);
return found == count ? 0 : 1;

void Report(string what, List<double> times)
{
    times.Sort();
    Console.WriteLine(string.Create(invariant,
        $"  {what,-44} median {times[times.Count / 2]:F2} ms  p99 {times[(int)Math.Ceiling(times.Count * 0.99) - 1]:F2} ms  max {times[^1]:F2} ms"));
}

string? Text(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

long Number(string name, long fallback) => Text(name) is { } value ? long.Parse(value, invariant) : fallback;
