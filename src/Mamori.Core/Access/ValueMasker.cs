using Mamori.Deidentification.Operators;
using Mamori.Detection;

namespace Mamori.Core.Access;

/// <summary>
/// Masked views of values for roles that must not see them whole: <c>山田 *</c>, <c>090-****-5678</c>,
/// <c>t***@example.jp</c>, <c>東京都＊＊＊</c>, <c>1985-**-**</c>; identification codes fully masked.
/// </summary>
public static class ValueMasker
{
    private static readonly MaskOperator s_full = new();
    private static readonly MaskOperator s_keepLastTwo = new(keepLast: 2);

    /// <summary>The masked view of a value of a type.</summary>
    /// <param name="type">The item type.</param>
    /// <param name="value">The value.</param>
    public static string Mask(string type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var context = new OperatorContext(type);
        switch (type)
        {
            case EntityTypes.PersonName:
                var space = value.IndexOfAny([' ', '　']);
                var keep = space > 0 ? space : Math.Max(1, value.Length / 2);
                return value[..keep] + " *";
            case EntityTypes.PhoneNumber:
                var digits = value.Count(char.IsAsciiDigit);
                return new MaskOperator(keepFirst: 3, keepLast: Math.Min(4, Math.Max(0, digits - 3))).Apply(value, context);
            case EntityTypes.EmailAddress:
                var at = value.IndexOf('@', StringComparison.Ordinal);
                return at > 0 ? value[0] + "***" + value[at..] : s_full.Apply(value, context);
            case EntityTypes.Address:
                var end = value.IndexOfAny(['都', '道', '府', '県']);
                return (end > 0 && end <= 3 ? value[..(end + 1)] : string.Empty) + "＊＊＊";
            case EntityTypes.DateOfBirth:
                return value.Length >= 4 && value[..4].All(char.IsAsciiDigit) ? value[..4] + "-**-**" : s_full.Apply(value, context);
            case EntityTypes.PostalCode:
                return new MaskOperator(keepFirst: 3).Apply(value, context);
        }

        return EntityTypes.TryGetCategory(type, out var category) && category is PiiCategory.IdentificationCode or PiiCategory.SpecialCare
            ? s_full.Apply(value, context)
            : s_keepLastTwo.Apply(value, context);
    }
}
