namespace Mamori.Detection.Recognizers;

/// <summary>
/// Keeps one reading of each stretch of text: the most confident finding wins, then the longer one.
/// A phone number is therefore not also a postal code or a bank account. Special care-required
/// findings describe meaning, not a token, and are kept beside other findings.
/// </summary>
internal static class OverlapResolver
{
    public static List<Finding> Resolve(List<Finding> candidates)
    {
        if (candidates.Count <= 1)
        {
            return candidates;
        }

        candidates.Sort(static (x, y) =>
        {
            var byConfidence = y.Confidence.CompareTo(x.Confidence);
            if (byConfidence != 0)
            {
                return byConfidence;
            }

            var byLength = y.Length.CompareTo(x.Length);
            return byLength != 0 ? byLength : x.Start.CompareTo(y.Start);
        });

        var accepted = new List<Finding>(candidates.Count);
        var layout = new List<Finding>(candidates.Count); // accepted token findings, sorted by start
        foreach (var candidate in candidates)
        {
            if (candidate.Type == EntityTypes.SpecialCare)
            {
                if (!accepted.Exists(f => f.Type == EntityTypes.SpecialCare && f.Overlaps(candidate)))
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

        return accepted;
    }

    private sealed class StartComparer : IComparer<Finding>
    {
        public static readonly StartComparer Instance = new();

        public int Compare(Finding x, Finding y) => x.Start.CompareTo(y.Start);
    }
}
