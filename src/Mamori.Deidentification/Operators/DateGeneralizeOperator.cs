using System.Globalization;
using Mamori.Deidentification.Dates;

namespace Mamori.Deidentification.Operators;

/// <summary>Generalises a date to its month, year or decade (<c>1985-04</c>, <c>1985</c>, <c>1980年代</c>). Values that are not dates are left as they are.</summary>
/// <param name="granularity">How coarse the output is.</param>
public sealed class DateGeneralizeOperator(DateGranularity granularity = DateGranularity.Year) : IValueOperator
{
    /// <inheritdoc />
    public string Name => "date_generalize";

    /// <summary>How coarse the output is.</summary>
    public DateGranularity Granularity { get; } = granularity;

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context)
    {
        if (!JapaneseDate.TryParse(value, out var parsed))
        {
            return value;
        }

        var date = parsed!.Date;
        return Granularity switch
        {
            DateGranularity.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DateGranularity.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            _ => (date.Year / 10 * 10).ToString(CultureInfo.InvariantCulture) + "年代",
        };
    }
}
