namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Numbers (incomes, amounts): the value → intervals of growing width (<c>300000以上400000未満</c>) →
/// <c>*</c>, with optional top and bottom coding. Accepts invariant-culture decimals with thousands
/// separators, half- or full-width; other values read <see cref="GeneralizationHierarchy.Unknown"/>.
/// </summary>
public sealed class NumericHierarchy : GeneralizationHierarchy
{
    private readonly Banding _banding;
    private readonly HierarchyLevel[] _levels;

    /// <summary>Creates the hierarchy.</summary>
    /// <param name="options">Widths and coding.</param>
    /// <exception cref="ArgumentException">The widths do not nest or the codes are inverted.</exception>
    public NumericHierarchy(NumericHierarchyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Widths);
        _banding = new Banding(options.Widths, options.Origin, options.BottomCodeBelow, options.TopCodeAt, integers: false, nameof(options));
        var note = _banding.CodingNote(options.Unit);
        _levels = new HierarchyLevel[options.Widths.Count + 2];
        _levels[0] = new HierarchyLevel("exact", "数値（そのまま）" + note);
        for (var i = 0; i < options.Widths.Count; i++)
        {
            var width = Banding.Format(options.Widths[i]);
            _levels[i + 1] = new HierarchyLevel("interval_" + width, width + options.Unit + "刻みの区間" + note);
        }

        _levels[^1] = HierarchyLevel.Suppressed;
    }

    /// <inheritdoc />
    public override IReadOnlyList<HierarchyLevel> Levels => _levels;

    /// <inheritdoc />
    public override bool TryGeneralize(string value, Span<string> labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!CellText.TryParseNumber(value, out var number))
        {
            labels[..^1].Fill(Unknown);
            labels[^1] = Top;
            return true;
        }

        labels[0] = _banding.ExactLabel(number);
        for (var i = 0; i < _banding.WidthCount; i++)
        {
            labels[i + 1] = _banding.IntervalLabel(number, i);
        }

        labels[^1] = Top;
        return true;
    }
}
