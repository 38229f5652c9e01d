using System.Globalization;
using Mamori.Detection;

namespace Mamori.Scanning.Tables;

/// <summary>What the sampled values of one column held: how many were non-empty, how many held each entity type.</summary>
internal sealed class ColumnStats
{
    private const int MinVectorLength = 16;

    public ColumnStats(string field, string? headerForVocabulary = null)
    {
        Field = field;
        HeaderType = HeaderVocabulary.Match(headerForVocabulary ?? field);
    }

    /// <summary>The name reported for the column (header, JSON path, <c>table.column</c>).</summary>
    public string Field { get; }

    /// <summary>The entity id the header names, if any.</summary>
    public string? HeaderType { get; }

    public int NonEmpty { get; private set; }

    /// <summary>Values holding at least one finding of each type.</summary>
    public Dictionary<string, int> TypeCells { get; } = new(StringComparer.Ordinal);

    /// <summary>Categories of the types seen (custom types carry their own).</summary>
    public Dictionary<string, PiiCategory> Categories { get; } = new(StringComparer.Ordinal);

    /// <summary>Values that look like a numeric vector (a face embedding, when the header says so).</summary>
    public int Vectors { get; private set; }

    /// <summary>Binary values that are ISO/IEC 19794-2 fingerprint records.</summary>
    public int Fingerprints { get; private set; }

    public void Observe(string value, List<Finding> findings)
    {
        NonEmpty++;
        for (var i = 0; i < findings.Count; i++)
        {
            var type = findings[i].Type;
            var seenBefore = false;
            for (var j = 0; j < i; j++)
            {
                if (findings[j].Type == type)
                {
                    seenBefore = true;
                    break;
                }
            }

            if (!seenBefore)
            {
                TypeCells[type] = TypeCells.GetValueOrDefault(type) + 1;
                Categories[type] = findings[i].Category;
            }
        }

        if (HeaderType == Detection.EntityTypes.Biometric && LooksLikeVector(value))
        {
            Vectors++;
        }
    }

    /// <summary>Counts a binary value (database BLOB): fingerprint records and float arrays.</summary>
    public void ObserveBinary(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return;
        }

        NonEmpty++;
        if (FingerprintRecord.IsMatch(value))
        {
            Fingerprints++;
        }
        else if (HeaderType == Detection.EntityTypes.Biometric && value.Length >= MinVectorLength * 4 && value.Length % 4 == 0)
        {
            Vectors++;
        }
    }

    /// <summary>At least 16 numbers separated by commas, semicolons or spaces, optionally in brackets, mostly with decimals.</summary>
    internal static bool LooksLikeVector(string value)
    {
        var span = value.AsSpan().Trim().Trim("[]{}()");
        if (span.Length < MinVectorLength * 2)
        {
            return false;
        }

        var count = 0;
        var decimals = 0;
        foreach (var range in span.SplitAny(", ;\t"))
        {
            var part = span[range];
            if (part.IsEmpty)
            {
                continue;
            }

            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }

            count++;
            if (part.Contains('.') || part.Contains('e') || part.Contains('E'))
            {
                decimals++;
            }
        }

        return count >= MinVectorLength && decimals * 2 >= count;
    }
}
