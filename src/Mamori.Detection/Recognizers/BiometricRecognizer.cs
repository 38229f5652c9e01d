using System.Globalization;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Biometric templates (個人識別符号, type 1): ISO/IEC 19794-2 fingerprint records, which begin
/// with <c>FMR\0</c>, and face embeddings — long vectors of decimal numbers — in a field or next to
/// words naming them (顔特徴量, face, embedding). A vector with no such context scores low.
/// </summary>
public sealed class BiometricRecognizer : IRecognizer
{
    private const int MinimumDimensions = 64;
    private const double Fingerprint = 0.95;
    private const double VectorWithContext = 0.9;
    private const double VectorAlone = 0.35;

    /// <inheritdoc />
    public string Name => "biometric";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.Biometric];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        const string type = Detection.EntityTypes.Biometric;
        for (var at = text.IndexOf("FMR\0", StringComparison.Ordinal); at >= 0; at = NextRecord(text, at + 4))
        {
            findings.Add(new Finding(type, PiiCategory.IdentificationCode, at, 4, Fingerprint) { Recognizer = Name });
        }

        var open = text.IndexOfAny('[', '(');
        var bodyStart = open >= 0 ? open : 0;
        var dimensions = CountDecimals(text[bodyStart..], out var bodyLength);
        if (dimensions >= MinimumDimensions)
        {
            var context = input.HasContext(type, bodyStart, bodyLength);
            findings.Add(new Finding(type, PiiCategory.IdentificationCode, bodyStart, bodyLength, context ? VectorWithContext : VectorAlone) { Recognizer = Name });
        }
    }

    private static int NextRecord(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOf("FMR\0", StringComparison.Ordinal);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Counts decimal numbers in a vector body made only of numbers, commas, spaces and brackets.</summary>
    private static int CountDecimals(ReadOnlySpan<char> body, out int length)
    {
        length = 0;
        var count = 0;
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c is '[' or ']' or '(' or ')' or ',' or ' ' or '\t' or '\n' or '\r' or ';')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < body.Length && (char.IsAsciiDigit(body[i]) || body[i] is '.' or '-' or '+' or 'e' or 'E'))
            {
                i++;
            }

            if (i == start || !double.TryParse(body[start..i], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return count >= MinimumDimensions ? count : 0;
            }

            count++;
            length = i;
            var after = i;
            while (after < body.Length && body[after] == ' ')
            {
                after++;
            }

            if (after < body.Length && body[after] is ']' or ')')
            {
                length = after + 1; // the closing bracket belongs to the vector
            }
        }

        return count;
    }
}
