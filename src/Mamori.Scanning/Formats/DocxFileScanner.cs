using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans Word documents paragraph by paragraph with the Open XML SAX reader: <c>line</c> is the
/// paragraph number in body order (table cells included), <c>column</c> the position in its text.
/// </summary>
internal static class DocxFileScanner
{
    public static void Scan(FileScan file)
    {
        using var document = WordprocessingDocument.Open(file.PhysicalPath, isEditable: false, new OpenSettings { AutoSave = false });
        var body = document.MainDocumentPart ?? throw new InvalidDataException("The main document part is missing.");
        using var reader = OpenXmlReader.Create(body);
        var paragraphNumber = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Paragraph) || !reader.IsStartElement)
            {
                continue;
            }

            file.Session.Cancellation.ThrowIfCancellationRequested();
            var paragraph = (Paragraph)reader.LoadCurrentElement()!;
            paragraphNumber++;
            var text = ParagraphText(paragraph);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var finding in file.Detector.Detect(text))
            {
                file.Emit(file.CreateFinding(finding, text, paragraphNumber, finding.Start + 1));
            }
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break:
                case CarriageReturn:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString();
    }
}
