using System.Globalization;
using System.Text;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// Builds a <see cref="NumericHierarchy"/> for a numeric column from its own values: a base width of
/// 1, 2 or 5 × 10ⁿ giving about twenty intervals between the 1st and 99th percentiles, then 5, 10, 50
/// and 100 times that width while it stays within that span; values above the 99th percentile are top-coded and values
/// below the 1st bottom-coded (Rules Art. 34(4): unusual values), at a boundary of the base width.
/// </summary>
internal static class NumericBands
{
    /// <summary>Share of the non-empty cells that must read as numbers.</summary>
    public const double NumericShare = 0.95;

    private const int TargetIntervals = 20;
    private static readonly decimal[] s_multiples = [5, 10, 50, 100];

    /// <summary>Whether the column is numeric: at least <see cref="NumericShare"/> of its non-empty cells read as numbers, with two distinct values or more.</summary>
    public static bool IsNumeric(EncodedColumn column) => Read(column, out _).Count >= 2;

    /// <summary>The hierarchy, or null when the column is not numeric.</summary>
    public static NumericHierarchy? TryCreate(EncodedColumn column, out Bilingual description)
    {
        ArgumentNullException.ThrowIfNull(column);
        description = default;
        var numbers = Read(column, out var total);
        if (numbers.Count < 2)
        {
            return null;
        }

        numbers.Sort((a, b) => a.Value.CompareTo(b.Value));
        var min = numbers[0].Value;
        var max = numbers[^1].Value;
        var high = Percentile(numbers, total, 0.99);
        var low = Percentile(numbers, total, 0.01);

        // The widths follow the bulk of the values, so that one outlier does not make every interval huge.
        var span = high > low ? high - low : max - min;
        var integers = numbers.TrueForAll(n => n.Value == decimal.Truncate(n.Value));
        var width = NiceWidth(span / TargetIntervals, integers);
        var widths = new List<decimal> { width };
        foreach (var multiple in s_multiples)
        {
            if (width * multiple <= span)
            {
                widths.Add(width * multiple);
            }
        }

        decimal? top = (decimal.Floor(high / width) + 1) * width;
        decimal? bottom = decimal.Floor(low / width) * width;
        top = max >= top ? top : null;
        bottom = min < bottom ? bottom : null;
        if (top is { } t && bottom is { } b && b >= t)
        {
            (top, bottom) = (null, null);
        }

        var hierarchy = new NumericHierarchy(new NumericHierarchyOptions { Widths = widths, TopCodeAt = top, BottomCodeBelow = bottom });
        var list = string.Join('/', widths.Select(Format));
        var coding = new StringBuilder();
        var codingEn = new StringBuilder();
        if (top is { } topCode)
        {
            coding.Append(CultureInfo.InvariantCulture, $"、{Format(topCode)}以上はトップコーディング");
            codingEn.Append(CultureInfo.InvariantCulture, $", top-coded at {Format(topCode)}");
        }

        if (bottom is { } bottomCode)
        {
            coding.Append(CultureInfo.InvariantCulture, $"、{Format(bottomCode)}未満はボトムコーディング");
            codingEn.Append(CultureInfo.InvariantCulture, $", bottom-coded below {Format(bottomCode)}");
        }

        description = new Bilingual($"NumericHierarchy（区間幅 {list}{coding}）", $"NumericHierarchy (interval widths {list}{codingEn})");
        return hierarchy;
    }

    /// <summary>The distinct numbers with their row counts, or an empty list when too few cells read as numbers.</summary>
    private static List<(decimal Value, int Count)> Read(EncodedColumn column, out long total)
    {
        var counts = new int[column.Values.Count];
        foreach (var code in column.Codes)
        {
            counts[code]++;
        }

        var numbers = new List<(decimal, int)>();
        long nonEmpty = 0;
        total = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var value = column.Values[i];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            nonEmpty += counts[i];
            if (TryParse(value, out var number))
            {
                numbers.Add((number, counts[i]));
                total += counts[i];
            }
        }

        return nonEmpty > 0 && total >= NumericShare * nonEmpty ? numbers : [];
    }

    private static bool TryParse(string value, out decimal number) =>
        decimal.TryParse(value.Trim().Normalize(NormalizationForm.FormKC), NumberStyles.Number, CultureInfo.InvariantCulture, out number);

    /// <summary>The value at a share of the rows (nearest rank).</summary>
    private static decimal Percentile(List<(decimal Value, int Count)> sorted, long total, double share)
    {
        var rank = (long)Math.Ceiling(share * total);
        long seen = 0;
        foreach (var (value, count) in sorted)
        {
            seen += count;
            if (seen >= rank)
            {
                return value;
            }
        }

        return sorted[^1].Value;
    }

    /// <summary>The smallest of 1, 2, 5 × 10ⁿ at least <paramref name="raw"/> (at least 1 for whole numbers).</summary>
    private static decimal NiceWidth(decimal raw, bool integers)
    {
        var power = 1m;
        while (power * 10 <= raw)
        {
            power *= 10;
        }

        while (power > raw && power > 0.000001m)
        {
            power /= 10;
        }

        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (power * step >= raw)
            {
                var width = power * step;
                return integers && width < 1 ? 1 : width;
            }
        }

        return integers && power * 10 < 1 ? 1 : power * 10;
    }

    private static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
