namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Ages in whole years: exact → 5-year bands → 10-year bands → 20-year bands → <c>*</c> (bands
/// configurable), with top coding at 90 by default (<c>90以上</c>) and optional bottom coding.
/// Accepts half- and full-width digits and a trailing 歳/才; other values read <see cref="GeneralizationHierarchy.Unknown"/>.
/// </summary>
public sealed class AgeHierarchy : GeneralizationHierarchy
{
    private readonly Banding _banding;
    private readonly HierarchyLevel[] _levels;

    /// <summary>Creates the hierarchy.</summary>
    /// <param name="options">Bands and coding; null for the defaults.</param>
    /// <exception cref="ArgumentException">The bands do not nest or the codes are inverted.</exception>
    public AgeHierarchy(AgeHierarchyOptions? options = null)
    {
        options ??= new AgeHierarchyOptions();
        ArgumentNullException.ThrowIfNull(options.BandWidths);
        var widths = new decimal[options.BandWidths.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = options.BandWidths[i];
        }

        _banding = new Banding(widths, 0, options.BottomCodeBelow, options.TopCodeAt, integers: true, nameof(options));
        var note = _banding.CodingNote("歳");
        _levels = new HierarchyLevel[widths.Length + 2];
        _levels[0] = new HierarchyLevel("exact", "年齢（1歳単位）" + note);
        for (var i = 0; i < widths.Length; i++)
        {
            var width = Banding.Format(widths[i]);
            _levels[i + 1] = new HierarchyLevel("band_" + width, width + "歳階級" + note);
        }

        _levels[^1] = HierarchyLevel.Suppressed;
    }

    /// <inheritdoc />
    public override IReadOnlyList<HierarchyLevel> Levels => _levels;

    /// <inheritdoc />
    public override bool TryGeneralize(string value, Span<string> labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!CellText.TryParseAge(value, out var age))
        {
            labels[..^1].Fill(Unknown);
            labels[^1] = Top;
            return true;
        }

        labels[0] = _banding.ExactLabel(age);
        for (var i = 0; i < _banding.WidthCount; i++)
        {
            labels[i + 1] = _banding.IntervalLabel(age, i);
        }

        labels[^1] = Top;
        return true;
    }
}
