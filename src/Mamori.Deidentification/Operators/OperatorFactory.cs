using System.Globalization;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Surrogates;

namespace Mamori.Deidentification.Operators;

/// <summary>
/// Builds operators from their textual form, as written on the command line and in profiles:
/// <c>replace[:TEXT]</c>, <c>redact</c>, <c>mask[:KEEP_LAST[:KEEP_FIRST]]</c>, <c>hash</c>, <c>encrypt</c>,
/// <c>fpe</c>, <c>surrogate</c>, <c>date-shift[:DAYS]</c>, <c>date-month</c>, <c>date-year</c>, <c>date-decade</c>.
/// Keyed operators ask for the key ring only when one of them is used.
/// </summary>
/// <param name="keys">Supplies the key ring on first need (and reports where it is missing).</param>
public sealed class OperatorFactory(Func<KeyRing> keys)
{
    private KeyRing? _ring;

    /// <summary>The operator names understood, for help texts.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["replace", "redact", "mask", "hash", "encrypt", "fpe", "surrogate", "date-shift", "date-month", "date-year", "date-decade"];

    /// <summary>Whether the key ring was needed by an operator built so far.</summary>
    public bool UsedKeys => _ring is not null;

    /// <summary>The id of the key used, when one was needed.</summary>
    public string? KeyId => _ring?.ActiveKeyId;

    /// <summary>Builds an operator.</summary>
    /// <param name="spec">The textual form, e.g. <c>mask:4</c>.</param>
    /// <exception cref="FormatException">The name or an argument is not understood; the message lists what is.</exception>
    public IValueOperator Create(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        var parts = spec.Trim().Split(':', 3);
        var name = parts[0].ToLowerInvariant();
        return name switch
        {
            "replace" => new ReplaceOperator(parts.Length > 1 ? spec.Trim()[(parts[0].Length + 1)..] : null),
            "redact" => NoArguments(new RedactOperator()),
            "mask" => new MaskOperator(keepFirst: Int(parts, 2, 0), keepLast: Int(parts, 1, 0)),
            "hash" => NoArguments(new KeyedHashOperator(Keys())),
            "encrypt" => NoArguments(new DeterministicEncryptionOperator(Keys())),
            "fpe" => NoArguments(new FormatPreservingEncryptionOperator(Keys())),
            "surrogate" => NoArguments(new SurrogateOperator(Keys())),
            "date-shift" => new DateShiftOperator(Keys(), Int(parts, 1, 30)),
            "date-month" => NoArguments(new DateGeneralizeOperator(DateGranularity.Month)),
            "date-year" => NoArguments(new DateGeneralizeOperator(DateGranularity.Year)),
            "date-decade" => NoArguments(new DateGeneralizeOperator(DateGranularity.Decade)),
            _ => throw new FormatException($"Unknown operator '{parts[0]}'. Use one of: {string.Join(", ", Names)}."),
        };

        IValueOperator NoArguments(IValueOperator op) => parts.Length == 1
            ? op
            : throw new FormatException($"The operator '{name}' takes no arguments ('{spec}').");
    }

    private KeyRing Keys() => _ring ??= keys();

    private static int Int(string[] parts, int index, int fallback)
    {
        if (parts.Length <= index || parts[index].Length == 0)
        {
            return fallback;
        }

        return int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{parts[index]}' in '{string.Join(':', parts)}' is not a whole number.");
    }
}
