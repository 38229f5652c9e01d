using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans the text of PDF files page by page with PdfPig (text in reading order). Findings carry the
/// page; <c>line</c> and <c>column</c> are counted in the page's extracted text. Encrypted documents that
/// need a password raise <see cref="UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException"/>, reported as encrypted.
/// </summary>
internal static class PdfFileScanner
{
    public static void Scan(FileScan file)
    {
        using var document = PdfDocument.Open(file.PhysicalPath, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            file.Session.Cancellation.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var text = ContentOrderTextExtractor.GetText(page);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var (finding, line, column) in TextFileScanner.Locate(file.Detector, text))
            {
                file.Emit(file.CreateFinding(finding, text, line, column) with { Page = number });
            }
        }
    }
}
