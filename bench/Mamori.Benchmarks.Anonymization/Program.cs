using System.Diagnostics;
using System.Globalization;
using Mamori.Benchmarks.Anonymization;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;

// Times Anonymizer.Anonymize on a synthetic table. Usage:
//   dotnet run -c Release --project bench/Mamori.Benchmarks.Anonymization -- [--rows 1000000] [--k 5] [--l 0] [--runs 3] [--seed 42] [--json]
var invariant = CultureInfo.InvariantCulture;
var rows = Option("--rows", 1_000_000);
var k = Option("--k", 5);
var l = Option("--l", 0);
var runs = Option("--runs", 3);
var seed = Option("--seed", 42);

Console.WriteLine(string.Create(invariant, $"Generating {rows:N0} rows x {SyntheticCustomers.Header.Length} columns (seed {seed}) ..."));
var clock = Stopwatch.StartNew();
var table = SyntheticCustomers.Create(rows, seed);
Console.WriteLine(string.Create(invariant, $"  table built in {clock.Elapsed.TotalSeconds:F2} s"));
foreach (var column in table.Columns)
{
    Console.WriteLine(string.Create(invariant, $"  {column.Name,-12} {column.Values.Count,9:N0} distinct"));
}

var options = new AnonymizationOptions
{
    K = k,
    IdentifierColumns = ["customer_id", "name"],
    QuasiIdentifiers =
    [
        new QuasiIdentifier("age", new AgeHierarchy()),
        new QuasiIdentifier("gender", new CategoricalHierarchy("性別")),
        new QuasiIdentifier("address", new JapaneseAddressHierarchy()),
        new QuasiIdentifier("postal_code", new PostalCodeHierarchy()),
        new QuasiIdentifier("birth_date", new DateHierarchy()),
    ],
    SensitiveColumns = ["diagnosis"],
    InsensitiveColumns = ["income", "purchases"],
    LDiversity = l >= 2 ? new LDiversity("diagnosis", l) : null,
    ShuffleSeed = seed,
};

var times = new List<double>();
AnonymizationResult? result = null;
for (var run = 1; run <= runs; run++)
{
    clock.Restart();
    result = Anonymizer.Anonymize(table, options);
    var seconds = clock.Elapsed.TotalSeconds;
    times.Add(seconds);
    var search = result.Report.Search;
    Console.WriteLine(string.Create(invariant,
        $"run {run}: {seconds:F2} s  (lattice {search.LatticeSize}, evaluated {search.NodesEvaluated}, rolled up {search.NodesRolledUp}, rejected by column check {search.NodesRejectedByColumnCheck})"));
}

times.Sort();
var report = result!.Report;
Console.WriteLine(string.Create(invariant, $"k={k}{(l >= 2 ? $", l={l}" : "")}: median {times[times.Count / 2]:F2} s, best {times[0]:F2} s over {runs} run(s)"));
Console.WriteLine(string.Create(invariant,
    $"transformation: {string.Join(", ", report.Transformation.Select(t => $"{t.Column}={t.LevelKey}"))}"));
Console.WriteLine(string.Create(invariant,
    $"k achieved {report.KAchieved}, l achieved {report.LAchieved?.ToString(invariant) ?? "-"}, classes {report.EquivalenceClasses:N0}, suppressed {report.SuppressedRows:N0} of {report.InputRows:N0} (limit {report.MaxSuppressedRows:N0}), loss {report.InformationLoss:F4}, max risk {report.Risk.Maximum:F4}, avg risk {report.Risk.Average:F5}"));
if (args.Contains("--json"))
{
    Console.WriteLine(report.ToJson());
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], invariant) : fallback;
}
