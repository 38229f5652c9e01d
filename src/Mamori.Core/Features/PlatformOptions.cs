namespace Mamori.Core.Features;

/// <summary>Settings of the platform's use cases.</summary>
public sealed record PlatformOptions
{
    /// <summary>Exports of more subjects than this need a privacy officer's approval (unless a privacy officer asks). Default 1000.</summary>
    public int LargeExportThreshold { get; init; } = 1000;

    /// <summary>How long a resolved bearer token is cached before it is looked up again (revocations take effect within it). Default 10 s.</summary>
    public TimeSpan TokenCacheTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Subjects per batch in imports and key rotation. Default 5000.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>Subjects the retention job looks at per batch (one page of candidates, a few queries). Default 500.</summary>
    public int RetentionBatchSize { get; init; } = 500;

    /// <summary>
    /// How long the business gives itself to answer a data-subject request. The Act says "without delay" (遅滞なく,
    /// Art. 32-35) and fixes no number of days; Mamori's default is 14 days from receipt, and a request still open after
    /// it is listed as overdue.
    /// </summary>
    public TimeSpan RequestResponseTime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Japanese TrueType fonts for PDF disclosures, the first that exists is used. Default: IPA Gothic from the Debian
    /// package <c>fonts-ipafont-gothic</c>, then the system's Japanese gothic alternative.
    /// </summary>
    public IReadOnlyList<string> JapaneseFontPaths { get; init; } =
        ["/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"];
}
