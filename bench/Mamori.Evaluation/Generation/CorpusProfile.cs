namespace Mamori.Evaluation.Generation;

/// <summary>
/// A template mix: how often each document kind appears and how hard the phrasing is. The dev
/// profile is what engineers may tune on; the holdout profile draws a different mix and adds
/// phrasings, names and formats the dev corpus never shows.
/// </summary>
/// <param name="Name">The profile's name.</param>
/// <param name="KindWeights">Relative weight of each document kind.</param>
/// <param name="Unseen">Adds phrasings, context words, name entries and formats absent from dev.</param>
/// <param name="FullWidthRate">Share of values written full-width (０９０－…).</param>
/// <param name="BareNameRate">Share of names in prose written without an honorific or label.</param>
/// <param name="NoPrefectureRate">Share of addresses that start at the municipality.</param>
public sealed record CorpusProfile(
    string Name,
    IReadOnlyDictionary<string, int> KindWeights,
    bool Unseen,
    double FullWidthRate,
    double BareNameRate,
    double NoPrefectureRate)
{
    /// <summary>The corpus engineers may tune on.</summary>
    public static CorpusProfile Dev { get; } = new(
        "dev",
        new Dictionary<string, int>
        {
            ["service_note"] = 12, ["order_email"] = 12, ["application_form"] = 12, ["csv_lines"] = 8, ["chat_log"] = 10,
            ["prose"] = 8, ["hr_record"] = 10, ["medical_intake"] = 8, ["access_log"] = 8, ["no_pii_prose"] = 12,
        },
        Unseen: false,
        FullWidthRate: 0.10,
        BareNameRate: 0.0,
        NoPrefectureRate: 0.10);

    /// <summary>The corpus nobody tunes on: a different mix, unseen phrasings, some bare names in prose.</summary>
    public static CorpusProfile Holdout { get; } = new(
        "holdout",
        new Dictionary<string, int>
        {
            ["service_note"] = 8, ["order_email"] = 10, ["application_form"] = 14, ["csv_lines"] = 12, ["chat_log"] = 12,
            ["prose"] = 12, ["hr_record"] = 8, ["medical_intake"] = 10, ["access_log"] = 6, ["no_pii_prose"] = 8,
        },
        Unseen: true,
        FullWidthRate: 0.15,
        BareNameRate: 0.25,
        NoPrefectureRate: 0.20);

    /// <summary>Large mixed text with sparse personal data, for throughput runs: mostly prose and logs.</summary>
    public static CorpusProfile Sparse { get; } = new(
        "sparse",
        new Dictionary<string, int>
        {
            ["service_note"] = 2, ["order_email"] = 2, ["application_form"] = 1, ["csv_lines"] = 1, ["chat_log"] = 2,
            ["prose"] = 2, ["hr_record"] = 1, ["medical_intake"] = 1, ["access_log"] = 3, ["no_pii_prose"] = 85,
        },
        Unseen: true,
        FullWidthRate: 0.10,
        BareNameRate: 0.10,
        NoPrefectureRate: 0.10);

    /// <summary>The profile called <paramref name="name"/> (dev, holdout or sparse).</summary>
    /// <param name="name">A profile name.</param>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static CorpusProfile Named(string name) => name switch
    {
        "dev" => Dev,
        "holdout" => Holdout,
        "sparse" => Sparse,
        _ => throw new ArgumentException($"Unknown profile '{name}' (dev, holdout or sparse).", nameof(name)),
    };
}
