using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Mamori.Deidentification.Anonymization.Engine;

namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// Produces anonymously processed information (匿名加工情報) from a table, following Rules Art. 34:
/// identifier and linking-code columns are removed, unusual values are top/bottom coded by the
/// hierarchies, and the quasi-identifiers are generalised to the transformation with the least
/// information loss that makes every released equivalence class hold at least k records (and l
/// distinct sensitive values), suppressing at most the allowed share of records.
/// </summary>
/// <remarks>
/// The search is exact: it returns a transformation of minimal loss (<see cref="AnonymizationReport.InformationLoss"/>)
/// among all those within the level bounds. It is single-threaded apart from preparing the
/// hierarchies, holds the table's codes plus about 40 bytes a row, and either returns a complete
/// result or throws; it never returns part of one.
/// </remarks>
public static partial class Anonymizer
{
    /// <summary>Anonymises <paramref name="table"/>.</summary>
    /// <param name="table">The input; every column must be given a role in <paramref name="options"/>.</param>
    /// <param name="options">Roles, hierarchies, k, l and the suppression limit.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The anonymised table, the transformation and the report.</returns>
    /// <exception cref="AnonymizationException">The options do not fit the table (unknown or undeclared column, impossible k or l, a value outside its hierarchy, …).</exception>
    /// <exception cref="NoAnonymizationSolutionException">No transformation within the bounds reaches k (and l) within the suppression limit.</exception>
    public static AnonymizationResult Anonymize(ColumnarTable table, AnonymizationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var started = Stopwatch.GetTimestamp();
        var plan = Validate(table, options);
        var limit = (long)Math.Floor(options.MaxSuppressionRate * table.RowCount);

        var encodings = Encode(table, options, plan, cancellationToken);
        int[]? sensitive = null;
        var sensitiveRadix = 0;
        var l = 1;
        if (options.LDiversity is { } diversity)
        {
            var column = table[diversity.Column];
            sensitive = column.CodeArray;
            sensitiveRadix = column.Values.Count;
            l = diversity.L;
        }

        var evaluator = new NodeEvaluator(encodings, table.RowCount, options.K, l, sensitive, sensitiveRadix, limit);
        var search = new LatticeSearch(encodings, evaluator, limit);
        var node = search.Run(cancellationToken);
        if (node < 0)
        {
            throw NoSolution(options, encodings, evaluator, search.LevelsOf(search.Top), limit, table.RowCount);
        }

        var levels = search.LevelsOf(node);
        var grouping = evaluator.Assign(levels);
        var output = BuildOutput(table, options, plan, encodings, levels, grouping, out var rows);
        var statistics = new SearchStatistics(search.Size, evaluator.Evaluations, evaluator.RolledUp, search.RejectedByColumnCheck, Stopwatch.GetElapsedTime(started));
        var report = BuildReport(table, options, plan, encodings, levels, grouping, output, rows, limit, statistics);
        return new AnonymizationResult(output, report.Transformation, report);
    }

    private static QuasiIdentifierEncoding[] Encode(ColumnarTable table, AnonymizationOptions options, Plan plan, CancellationToken cancellationToken)
    {
        var quasiIdentifiers = options.QuasiIdentifiers;
        var encodings = new QuasiIdentifierEncoding[quasiIdentifiers.Count];
        var failures = new ExceptionDispatchInfo?[quasiIdentifiers.Count];
        Parallel.For(0, quasiIdentifiers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                var qi = quasiIdentifiers[i];
                encodings[i] = QuasiIdentifierEncoding.Create(table[qi.Column], qi, options.K, plan.MaxLevels[i]);
            }
#pragma warning disable CA1031 // Rethrown below, unwrapped, so that callers see the hierarchy's own exception.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures[i] = ExceptionDispatchInfo.Capture(exception);
            }
        });

        // The first quasi-identifier's failure, whichever thread saw it first.
        foreach (var failure in failures)
        {
            failure?.Throw();
        }

        return encodings;
    }
}
