using System.Diagnostics;
using System.Globalization;
using Mamori.Core.Features;
using Mamori.Core.Provision;
using Mamori.Core.Purposes;
using Mamori.Detection;
using Mamori.Storage;
using Npgsql;

// The provision benchmark (bench/provision-bench.sh runs it per store):
//   --data DIR [--postgres CONN] [--subjects 100000] [--lookups 1000]
// Seeds the subjects with an in-process import (encrypted values, as `mamori import customers` writes them), registers an
// opt-out recipient, then times ProvideAsync of every subject (all five per-person checks, one Art. 29 record each, one
// access-log entry), the same provision twice more as bulk records (the upsert path), and GetRecordsForSubjectAsync — the
// disclosure query under Art. 33(5) — for random people.
var invariant = CultureInfo.InvariantCulture;
var data = Text("--data") ?? throw new ArgumentException("--data DIR is required");
var postgres = Text("--postgres");
var subjects = (int)Number("--subjects", 100_000);
var lookups = (int)Number("--lookups", 1000);
if (postgres is not null)
{
    // A database of the run's own on the server the connection string names.
    var database = "mamori_provision_bench_" + Guid.NewGuid().ToString("N")[..8];
    await using (var admin = new NpgsqlConnection(postgres))
    {
        await admin.OpenAsync();
        await using var create = admin.CreateCommand();
        create.CommandText = $"CREATE DATABASE {database}";
        await create.ExecuteNonQueryAsync();
    }

    postgres = new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
}

await using var platform = await PlatformHost.OpenAsync(PlatformLocation.Resolve(data, postgres, null));
var op = Caller.LocalOperator;
string[] items = [EntityTypes.PersonName, EntityTypes.EmailAddress, Mamori.Core.Subjects.ItemTypes.MemberId];
await platform.Purposes.DefineAsync(op, new Purpose("partner-sharing", 0, DateTimeOffset.UtcNow.AddDays(-1), "提携先への提供", "提携先への提供のため", items, 1095, false));

var clock = Stopwatch.StartNew();
ImportColumn[] columns = [new(0, "氏名", items[0]), new(1, "メール", items[1]), new(2, "会員ID", items[2])];
var rows = Enumerable.Range(1, subjects).Select(n => new ImportRow(n, n + 1, [$"試験 {n}", $"member{n}@example.jp", $"B{n:D7}"]));
await platform.Imports.ImportAsync(op, "provision-bench", "partner-sharing", "bench", columns, rows, new HashSet<long>(), false);
Console.WriteLine(string.Create(invariant, $"{platform.Store.Provider}: seeded {subjects:N0} subjects in {clock.Elapsed.TotalSeconds:F1} s"));

var recipient = await platform.Recipients.RegisterAsync(op, new Recipient(string.Empty, 0, "株式会社ベンチ提携（架空）", "東京都港区架空1-1", "代表取締役 架空", "JP", ProvisionBasis.OptOut, default, string.Empty)
{
    OptOut = new OptOutFiling(items, "会員登録", "CSV の電子送付", "ウェブフォーム", "月次", DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddDays(-60), "PPC-OPT-BENCH"),
});

var exitCode = 0;
foreach (var (label, bulk) in new[] { ("provide (one record each)", false), ("provide as bulk records (insert)", true), ("provide as bulk records (extend)", true) })
{
    clock.Restart();
    var result = await platform.Provisions.ProvideAsync(op, new ProvisionRequest(recipient.Id, "partner-sharing", [items[0], items[1]]) { AllSubjects = true, Bulk = bulk });
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(invariant,
        $"  {label,-34} {result.ProvidedSubjectIds.Count:N0} subjects in {seconds:F2} s ({result.ProvidedSubjectIds.Count / seconds:N0}/s), {result.Refusals.Count} left out{(seconds < 10 ? string.Empty : "  — over the 10 s target")}"));
    exitCode |= result.ProvidedSubjectIds.Count == subjects && seconds < 10 ? 0 : 1;
}

var ids = new List<string>(subjects);
string? after = null;
while ((await platform.Store.ListSubjectIdsAsync(after, 10_000)) is { Count: > 0 } page)
{
    ids.AddRange(page);
    after = page[^1];
}

var random = new Random(7);
var times = new List<double>(lookups);
for (var i = 0; i < lookups + 50; i++)
{
    var id = ids[random.Next(ids.Count)];
    clock.Restart();
    var records = await platform.Provisions.GetRecordsForSubjectAsync(id);
    if (i >= 50)
    {
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    exitCode |= records.Count == 2 ? 0 : 1;
}

times.Sort();
Console.WriteLine(string.Create(invariant,
    $"  records of one subject (Art. 33(5))   median {times[times.Count / 2]:F2} ms  p99 {times[(int)Math.Ceiling(times.Count * 0.99) - 1]:F2} ms  max {times[^1]:F2} ms over {lookups:N0} people"));
return exitCode;

string? Text(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

long Number(string name, long fallback) => Text(name) is { } value ? long.Parse(value, invariant) : fallback;
