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

    /// <summary>
    /// Whether a field's name can change what this recognizer finds in its value: the detector reads the cells of a
    /// table embedded in free text again, with their header as the field name, only with the recognizers that read
    /// that header. By default, when the name holds a context word of one of <see cref="EntityTypes"/>.
    /// </summary>
    /// <param name="fieldName">A column header or key.</param>
    /// <param name="context">The detector's context words.</param>
    bool ReadsField(string fieldName, ContextCatalog context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var type in EntityTypes)
        {
            if (context.FieldMatches(type, fieldName))
            {
                return true;
            }
        }

        return false;
    }
}
