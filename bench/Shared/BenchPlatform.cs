using System.Globalization;
using BenchmarkDotNet.Reports;
using Mamori.Storage;
using Npgsql;

namespace Mamori.Benchmarks.Shared;

/// <summary>
/// What the platform benchmarks (lookup, disclosure) share: where their seeded platform lives, and how their results are
/// printed against a target. Compiled into each of them (a linked file, not a project of its own).
/// </summary>
internal static class BenchPlatform
{
    /// <summary>
    /// The platform's location for a provider, kept between runs: SQLite in <c>mamori-bench-NAME-PROVIDER-SUBJECTS</c> under the
    /// temporary folder, PostgreSQL in the database <c>mamori_bench_NAME_SUBJECTS</c> (created when missing) on the cluster named by
    /// MAMORI_BENCH_POSTGRES or MAMORI_TEST_POSTGRES.
    /// </summary>
    /// <param name="provider"><c>sqlite</c> or <c>postgres</c>.</param>
    /// <param name="name">The benchmark's name (<c>lookup</c>, <c>disclosure</c>).</param>
    /// <param name="subjects">How many subjects it seeds (part of the names, so that sizes do not mix).</param>
    public static async Task<PlatformLocation> LocationAsync(string provider, string name, int subjects)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mamori-bench-{name}-{provider}-{subjects}");
        if (provider == "sqlite")
        {
            return new PlatformLocation { DataDirectory = folder };
        }

        var server = Environment.GetEnvironmentVariable("MAMORI_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
            : Environment.GetEnvironmentVariable("MAMORI_TEST_POSTGRES") is { Length: > 0 } test ? test
            : throw new InvalidOperationException("Set MAMORI_BENCH_POSTGRES (or MAMORI_TEST_POSTGRES, e.g. eval \"$(scripts/pg.sh start)\") for the PostgreSQL benchmark.");
        var database = $"mamori_bench_{name}_{subjects}";
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        return new PlatformLocation { DataDirectory = folder, Postgres = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString };
    }

    /// <summary>Prints each case's mean and p95 against <paramref name="targetMs"/> (PASS/FAIL); returns the exit code, 1 when one missed it.</summary>
    /// <param name="summaries">BenchmarkDotNet's summaries.</param>
    /// <param name="subjects">How many subjects the platform held.</param>
    /// <param name="targetMs">The target mean, in milliseconds.</param>
    public static int PrintVerdict(IEnumerable<Summary> summaries, int subjects, double targetMs)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"subjects: {subjects:N0}"));
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
            var met = ms < targetMs;
            missed += met ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(met ? "PASS" : "FAIL")}  {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} [{report.BenchmarkCase.Parameters.PrintInfo}]: mean {ms:0.000} ms, p95 {p95:0.000} ms (target < {targetMs:0} ms)"));
        }

        return missed == 0 ? 0 : 1;
    }
}
