namespace Mamori.Detection.Recognizers;

/// <summary>Stub.</summary>
public sealed class SpecialCareRecognizer : IRecognizer
{
    /// <inheritdoc />
    public string Name => "stub";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes => [];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
    }
}
