using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mamori.Evaluation.Corpus;

/// <summary>
/// Reads and writes a corpus folder: <c>labels.jsonl</c> (one <see cref="LabelledDocument"/> per line,
/// UTF-8 without BOM, Japanese unescaped, LF line ends) and <c>manifest.json</c>.
/// </summary>
public static class CorpusFiles
{
    /// <summary>The label file's name inside a corpus folder.</summary>
    public const string LabelsFileName = "labels.jsonl";

    /// <summary>The manifest's name inside a corpus folder.</summary>
    public const string ManifestFileName = "manifest.json";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions s_line = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Keeps Japanese readable in the committed files (the text is data, never embedded in HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly JsonSerializerOptions s_indented = new(s_line) { WriteIndented = true };

    /// <summary>Serialises one document as a single JSON line (no line break).</summary>
    /// <param name="document">The document.</param>
    public static string ToJsonLine(LabelledDocument document) => JsonSerializer.Serialize(document, s_line);

    /// <summary>Writes <c>labels.jsonl</c> and <c>manifest.json</c> into <paramref name="directory"/>, creating it.</summary>
    /// <param name="directory">The corpus folder.</param>
    /// <param name="documents">The documents in order.</param>
    /// <param name="manifest">The manifest.</param>
    public static void Write(string directory, IEnumerable<LabelledDocument> documents, CorpusManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Directory.CreateDirectory(directory);
        using (var writer = new StreamWriter(Path.Combine(directory, LabelsFileName), append: false, s_utf8))
        {
            writer.NewLine = "\n";
            foreach (var document in documents)
            {
                writer.WriteLine(ToJsonLine(document));
            }
        }

        File.WriteAllText(Path.Combine(directory, ManifestFileName), JsonSerializer.Serialize(manifest, s_indented) + "\n", s_utf8);
    }

    /// <summary>Reads every document of a corpus folder (or of a <c>.jsonl</c> file given directly).</summary>
    /// <param name="path">A corpus folder or a labels file.</param>
    /// <exception cref="InvalidDataException">A line is not a labelled document, or a span lies outside its text.</exception>
    public static List<LabelledDocument> Read(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, LabelsFileName) : path;
        var documents = new List<LabelledDocument>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file, s_utf8))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var document = JsonSerializer.Deserialize<LabelledDocument>(line, s_line)
                ?? throw new InvalidDataException($"{file}:{lineNumber}: not a labelled document.");
            // Hand-written label files may leave distractors out.
            document = document with { Distractors = document.Distractors ?? [] };
            Validate(document, file, lineNumber);
            documents.Add(document);
        }

        return documents;
    }

    private static void Validate(LabelledDocument document, string file, int lineNumber)
    {
        if (document.Doc is null || document.Text is null || document.Entities is null)
        {
            throw new InvalidDataException($"{file}:{lineNumber}: doc, text and entities are required.");
        }

        foreach (var entity in document.Entities)
        {
            if (entity.Start < 0 || entity.Length <= 0 || entity.End > document.Text.Length || string.IsNullOrEmpty(entity.Type))
            {
                throw new InvalidDataException($"{file}:{lineNumber}: entity span {entity.Start}+{entity.Length} lies outside the text.");
            }
        }

        foreach (var distractor in document.Distractors)
        {
            if (distractor.Start < 0 || distractor.Length <= 0 || distractor.End > document.Text.Length)
            {
                throw new InvalidDataException($"{file}:{lineNumber}: distractor span {distractor.Start}+{distractor.Length} lies outside the text.");
            }
        }
    }
}
