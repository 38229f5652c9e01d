namespace Mamori.Detection.Recognizers;

/// <summary>住民票コード: 11 digits with no public check digit, so only reported next to a context word.</summary>
public sealed class ResidentRecordCodeRecognizer : IRecognizer
{
    private const double WithContext = 0.85;

    /// <inheritdoc />
    public string Name => "resident_record_code";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.ResidentRecordCode];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        foreach (var run in input.LongDigitRuns)
        {
            if (run.DigitCount == 11 && !run.IsEmbedded(text) && (run.GroupCount == 1 || run.HasGroups(text, 4, 4, 3) || run.HasGroups(text, 3, 4, 4))
                && input.HasContext(Detection.EntityTypes.ResidentRecordCode, run.Start, run.Length))
            {
                findings.Add(new Finding(Detection.EntityTypes.ResidentRecordCode, PiiCategory.IdentificationCode, run.Start, run.Length, WithContext) { Recognizer = Name });
            }
        }
    }
}
