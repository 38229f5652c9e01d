using System.Globalization;
using Mamori.Deidentification.Anonymization.Engine;

namespace Mamori.Deidentification.Anonymization;

public static partial class Anonymizer
{
    private enum Role
    {
        None,
        Identifier,
        QuasiIdentifier,
        Sensitive,
        Insensitive,
    }

    private static Plan Validate(ColumnarTable table, AnonymizationOptions options)
    {
        var k = options.K;
        if (k < 2)
        {
            throw new AnonymizationException(Invariant($"Impossible k: k = {k}, but k must be at least 2 (k = 1 protects no one)."));
        }

        if (k > table.RowCount)
        {
            throw new AnonymizationException(Invariant($"Impossible k: k = {k}, but the table has only {table.RowCount} rows."));
        }

        var rate = options.MaxSuppressionRate;
        if (!(rate >= 0 && rate < 1))
        {
            throw new AnonymizationException(Invariant($"The maximum suppression rate must be at least 0 and below 1; got {rate}."));
        }

        if (!Enum.IsDefined(options.SuppressionMode))
        {
            throw new AnonymizationException("Unknown suppression mode.");
        }

        ArgumentNullException.ThrowIfNull(options.QuasiIdentifiers);
        if (options.QuasiIdentifiers.Count == 0)
        {
            throw new AnonymizationException("At least one quasi-identifier is needed: without one there is nothing to generalise, and k-anonymity says nothing.");
        }

        var roles = new Role[table.Columns.Count];
        foreach (var qi in options.QuasiIdentifiers)
        {
            ArgumentNullException.ThrowIfNull(qi);
            Assign(table, roles, qi.Column, Role.QuasiIdentifier);
        }

        Assign(table, roles, options.IdentifierColumns, Role.Identifier);
        Assign(table, roles, options.SensitiveColumns, Role.Sensitive);
        Assign(table, roles, options.InsensitiveColumns, Role.Insensitive);
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] == Role.None)
            {
                throw new AnonymizationException(
                    $"Column '{table.Columns[i].Name}' has no role: declare it as an identifier (removed), a quasi-identifier, a sensitive or an insensitive column.");
            }
        }

        var maxLevels = new int[options.QuasiIdentifiers.Count];
        var ranges = new (int Min, int Max)[maxLevels.Length];
        for (var i = 0; i < maxLevels.Length; i++)
        {
            var qi = options.QuasiIdentifiers[i];
            if (qi.Hierarchy is null)
            {
                throw new AnonymizationException($"Quasi-identifier '{qi.Column}' has no generalisation hierarchy.");
            }

            var top = qi.Hierarchy.LevelCount - 1;
            if (top < 1)
            {
                throw new AnonymizationException($"The generalisation hierarchy of quasi-identifier '{qi.Column}' has fewer than two levels.");
            }

            var max = qi.MaxLevel ?? top;
            if (qi.MinLevel < 0 || qi.MinLevel > max || max > top)
            {
                throw new AnonymizationException(Invariant(
                    $"Quasi-identifier '{qi.Column}': the levels must satisfy 0 <= MinLevel <= MaxLevel <= {top}; got MinLevel = {qi.MinLevel}, MaxLevel = {max}."));
            }

            maxLevels[i] = max;
            ranges[i] = (qi.MinLevel, max);
        }

        var size = LatticeSearch.CountNodes(ranges);
        if (size < 0)
        {
            throw new AnonymizationException(Invariant(
                $"The search space holds more than {LatticeSearch.MaxNodes} transformations: use fewer quasi-identifiers or narrow their levels with MinLevel and MaxLevel."));
        }

        if (options.LDiversity is { } diversity)
        {
            if (diversity.L < 2)
            {
                throw new AnonymizationException(Invariant($"Impossible l: l = {diversity.L}, but l must be at least 2."));
            }

            var index = table.IndexOf(diversity.Column);
            if (roles[index] != Role.Sensitive)
            {
                throw new AnonymizationException($"The l-diversity column '{diversity.Column}' must be declared as a sensitive column.");
            }

            var distinct = table.Columns[index].Values.Count;
            if (distinct < diversity.L)
            {
                throw new AnonymizationException(Invariant(
                    $"Impossible l: l = {diversity.L}, but column '{diversity.Column}' holds only {distinct} distinct values; l = {distinct} at most could work."));
            }
        }

        return new Plan([.. roles], maxLevels);
    }

    private static void Assign(ColumnarTable table, Role[] roles, IReadOnlyCollection<string> columns, Role role)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var column in columns)
        {
            Assign(table, roles, column, role);
        }
    }

    private static void Assign(ColumnarTable table, Role[] roles, string column, Role role)
    {
        ArgumentNullException.ThrowIfNull(column);
        var index = table.GetColumnIndex(column);
        if (index < 0)
        {
            throw new AnonymizationException($"Unknown column '{column}' (declared as {Describe(role)}): the table has no column of that name.");
        }

        if (roles[index] != Role.None)
        {
            throw new AnonymizationException(roles[index] == role
                ? $"Column '{column}' is declared twice as {Describe(role)}."
                : $"Column '{column}' is declared both as {Describe(roles[index])} and as {Describe(role)}; give it one role.");
        }

        roles[index] = role;
    }

    private static string Describe(Role role) => role switch
    {
        Role.Identifier => "an identifier",
        Role.QuasiIdentifier => "a quasi-identifier",
        Role.Sensitive => "a sensitive column",
        _ => "an insensitive column",
    };

    private static NoAnonymizationSolutionException NoSolution(
        AnonymizationOptions options, QuasiIdentifierEncoding[] encodings, NodeEvaluator evaluator, int[] top, long limit, int rowCount)
    {
        var (sizes, distinct) = evaluator.Classes(top);
        var l = options.LDiversity?.L ?? 1;
        long undiverse = 0;
        long needed = 0;
        var diverse = new List<int>(sizes.Length);
        for (var c = 0; c < sizes.Length; c++)
        {
            if (distinct is not null && distinct[c] < l)
            {
                undiverse += sizes[c];
            }
            else
            {
                diverse.Add(sizes[c]);
                if (sizes[c] < options.K)
                {
                    needed += sizes[c];
                }
            }
        }

        needed += undiverse;
        int? largestK = null;
        if (undiverse <= limit)
        {
            diverse.Sort();
            var suppressed = undiverse;
            var j = 0;
            while (j < diverse.Count && suppressed + diverse[j] <= limit)
            {
                suppressed += diverse[j++];
            }

            if (j < diverse.Count && diverse[j] >= 2)
            {
                largestK = diverse[j];
            }
        }

        var transformation = new List<string>(encodings.Length);
        for (var i = 0; i < encodings.Length; i++)
        {
            transformation.Add(encodings[i].Name + "=" + encodings[i].Hierarchy.Levels[top[i]].Key);
        }

        var requiredRate = (double)needed / rowCount;
        var target = options.LDiversity is { } d ? Invariant($"k = {options.K} and l = {d.L}") : Invariant($"k = {options.K}");
        var reachable = largestK is { } best
            ? Invariant($"within the limit it reaches k = {best}")
            : options.LDiversity is not null && undiverse > limit
                ? "the l-diversity requirement alone exceeds the limit there"
                : "no k of 2 or more fits within the limit there";
        var message = Invariant(
            $"No transformation reaches {target} with at most {options.MaxSuppressionRate * 100:0.0}% of the rows ({limit}) suppressed within the allowed levels. ")
            + Invariant($"At the most general allowed transformation ({string.Join(", ", transformation)}), {target} needs {requiredRate * 100:0.0}% of the rows suppressed; {reachable}. ")
            + "Allow more generalisation (MaxLevel), a lower k or l, or a higher suppression rate.";
        return new NoAnonymizationSolutionException(message, requiredRate, largestK);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Plan(Role[] Roles, int[] MaxLevels);
}
