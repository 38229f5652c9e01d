using System.Runtime.InteropServices;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Keeps one reading of each stretch of text: the most confident finding wins, then the longer one.
/// A phone number is therefore not also a postal code or a bank account. Special care-required
/// findings describe meaning, not a token, and are kept beside other findings.
/// </summary>
internal static class OverlapResolver
{
    /// <summary>Appends the accepted candidates to <paramref name="accepted"/> (strongest first).</summary>
    /// <param name="candidates">The candidates; reordered.</param>
    /// <param name="layout">Scratch space, cleared first.</param>
    /// <param name="accepted">Receives the findings kept.</param>
    public static void Resolve(List<Finding> candidates, List<Finding> layout, List<Finding> accepted)
    {
        if (candidates.Count <= 1)
        {
            accepted.AddRange(candidates);
            return;
        }

        CollectionsMarshal.AsSpan(candidates).Sort(default(ByStrength)); // a struct comparer: compared inline
        layout.Clear(); // accepted token findings, sorted by start
        var first = accepted.Count;
        foreach (var candidate in candidates)
        {
            if (candidate.Type == EntityTypes.SpecialCare)
            {
                if (!OverlapsSpecialCare(accepted, first, candidate))
                {
                    accepted.Add(candidate);
                }

                continue;
            }

            var index = layout.BinarySearch(candidate, StartComparer.Instance);
            if (index < 0)
            {
                index = ~index;
            }

            var clashes = (index > 0 && layout[index - 1].Overlaps(candidate))
                || (index < layout.Count && layout[index].Overlaps(candidate));
            if (!clashes)
            {
                layout.Insert(index, candidate);
                accepted.Add(candidate);
            }
        }
    }

    private static bool OverlapsSpecialCare(List<Finding> accepted, int first, in Finding candidate)
    {
        for (var i = first; i < accepted.Count; i++)
        {
            if (accepted[i].Type == EntityTypes.SpecialCare && accepted[i].Overlaps(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most confident first, then longest, then leftmost.</summary>
    private readonly struct ByStrength : IComparer<Finding>
    {
        public int Compare(Finding x, Finding y)
        {
            var byConfidence = y.Confidence.CompareTo(x.Confidence);
            if (byConfidence != 0)
            {
                return byConfidence;
            }

            var byLength = y.Length.CompareTo(x.Length);
            return byLength != 0 ? byLength : x.Start.CompareTo(y.Start);
        }
    }

    private sealed class StartComparer : IComparer<Finding>
    {
        public static readonly StartComparer Instance = new();

        public int Compare(Finding x, Finding y) => x.Start.CompareTo(y.Start);
    }
}
