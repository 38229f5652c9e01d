namespace Mamori.Detection.Recognizers;

/// <summary>
/// Finds one family of personal information in folded text. Implementations are stateless or
/// thread-safe: one detector serves many threads.
/// </summary>
public interface IRecognizer
{
    /// <summary>A short stable name, reported with each finding.</summary>
    string Name { get; }

    /// <summary>The entity ids this recognizer can report.</summary>
    IReadOnlyCollection<string> EntityTypes { get; }

    /// <summary>Appends findings (offsets in <see cref="RecognitionInput.Text"/>) to <paramref name="findings"/>.</summary>
    /// <param name="input">The folded text and its surroundings.</param>
    /// <param name="findings">Receives candidates with their confidence; the detector filters and resolves overlaps.</param>
    void Recognize(RecognitionInput input, List<Finding> findings);
}
