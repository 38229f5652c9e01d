namespace Mamori.Detection;

/// <summary>
/// Personal information found in a text: where, what, which APPI class and how sure.
/// Offsets are UTF-16 code units of the text given to the detector (not its normalised form).
/// </summary>
/// <param name="Type">The entity id (see <see cref="EntityTypes"/>).</param>
/// <param name="Category">The APPI class.</param>
/// <param name="Start">0-based offset of the first code unit.</param>
/// <param name="Length">Length in code units.</param>
/// <param name="Confidence">Score in [0,1] combining format, checksum and context.</param>
public readonly record struct Finding(string Type, PiiCategory Category, int Start, int Length, double Confidence)
{
    /// <summary>A finer class where one exists, e.g. <c>medical_history</c> for <see cref="EntityTypes.SpecialCare"/>.</summary>
    public string? Subcategory { get; init; }

    /// <summary>The recognizer that produced the finding.</summary>
    public string? Recognizer { get; init; }

    /// <summary>
    /// Where the statement of the same fact ends when words after the finding belong to it, or null when the finding is
    /// the whole statement. In 乳がんで他院に通院中 the finding is 乳がん and the statement runs to the end of 通院: the
    /// words say the person is treated, itself special care once the condition is removed, so redaction replaces up to
    /// here. An offset in the same text as <see cref="Start"/>.
    /// </summary>
    public int? StatementEnd { get; init; }

    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the two findings share at least one code unit.</summary>
    /// <param name="other">Another finding in the same text.</param>
    public bool Overlaps(in Finding other) => Start < other.End && other.Start < End;
}
