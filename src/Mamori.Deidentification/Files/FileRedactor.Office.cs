using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mamori.Deidentification.Redaction;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Mamori.Deidentification.Files;

/// <summary>
/// XLSX and DOCX, edited in a copy. XLSX: every sheet, each cell with its column's header as context;
/// changed cells become inline strings and the shared-string table is dissolved so no original value
/// survives in it. DOCX: body, headers, footers and notes paragraph by paragraph, replacements spread
/// over the runs they cover (formatting of untouched text kept). The author and last-modified-by
/// properties are cleared in both.
/// </summary>
public sealed partial class FileRedactor
{
    private void RedactXlsx(string input, string output, RedactionSummary summary, List<FpeLocation> fpe, CancellationToken cancellationToken)
    {
        using var file = new AtomicFile(output);
        file.CopyFrom(input);
        using (var document = SpreadsheetDocument.Open(file.Stream, isEditable: true))
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var restorable = new List<(int Start, int Length, string Type)>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                var header = new Dictionary<string, string>(StringComparer.Ordinal);
                var headerRead = false;
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = ColumnLetters(cell.CellReference?.Value);
                        var text = CellText(cell, shared, out var redactable);
                        if (!headerRead)
                        {
                            header[column] = text;
                            ToInline(cell, text, redactable);
                            continue;
                        }

                        restorable.Clear();
                        var field = header.GetValueOrDefault(column);
                        var redacted = redactable ? _redactor.Redact(text, field, summary, restorable) : text;
                        ToInline(cell, redacted, redactable);
                        foreach (var (start, length, type) in restorable)
                        {
                            fpe.Add(new FpeLocation((int)(row.RowIndex?.Value ?? 0), field, sheet.Name?.Value, start, length, type));
                        }
                    }

                    headerRead |= row.Elements<Cell>().Any();
                }

                part.Worksheet.Save();
            }

            if (workbook.SharedStringTablePart is { } sharedPart)
            {
                workbook.DeletePart(sharedPart); // every cell now holds its own (redacted) text
            }

#pragma warning disable OOXML0001 // see ClearAuthors
            ClearAuthors(document.PackageProperties);
#pragma warning restore OOXML0001
        }

        file.Commit();
    }

    private void RedactDocx(string input, string output, RedactionSummary summary, CancellationToken cancellationToken)
    {
        using var file = new AtomicFile(output);
        file.CopyFrom(input);
        using (var document = WordprocessingDocument.Open(file.Stream, isEditable: true))
        {
            foreach (var root in TextRoots(document))
            {
                foreach (var paragraph in root.Descendants<Word.Paragraph>())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    RedactParagraph(paragraph, summary);
                }

                root.Save();
            }

#pragma warning disable OOXML0001 // see ClearAuthors
            ClearAuthors(document.PackageProperties);
#pragma warning restore OOXML0001
        }

        file.Commit();
    }

    /// <summary>Applies the replacements of a paragraph's text to the text elements that hold it.</summary>
    private void RedactParagraph(Word.Paragraph paragraph, RedactionSummary summary)
    {
        var texts = paragraph.Descendants<Word.Text>().ToList();
        if (texts.Count == 0)
        {
            return;
        }

        var whole = string.Concat(texts.Select(t => t.Text));
        var replacements = _redactor.Replacements(whole, null, summary);
        if (replacements.Count == 0)
        {
            return;
        }

        var starts = new int[texts.Count];
        for (int i = 0, offset = 0; i < texts.Count; offset += texts[i].Text.Length, i++)
        {
            starts[i] = offset;
        }

        var values = texts.Select(t => t.Text).ToArray();
        for (var r = replacements.Count - 1; r >= 0; r--)
        {
            var (start, end) = (replacements[r].Start, replacements[r].Start + replacements[r].Length);
            var first = true;
            for (var i = 0; i < texts.Count; i++)
            {
                var from = Math.Max(start, starts[i]);
                var to = Math.Min(end, starts[i] + texts[i].Text.Length);
                if (from >= to)
                {
                    continue;
                }

                // Offsets into the element's current value (later replacements in it are already applied past 'to').
                var local = from - starts[i];
                values[i] = values[i].Remove(local, to - from).Insert(local, first ? replacements[r].Text : string.Empty);
                first = false;
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            texts[i].Text = values[i];
            texts[i].Space = SpaceProcessingModeValues.Preserve;
        }
    }

    /// <summary>Every part of a document that holds text people wrote: body, headers, footers, notes, comments.</summary>
    internal static IEnumerable<OpenXmlPartRootElement> TextRoots(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var roots = new List<OpenXmlPartRootElement?> { main.Document };
        roots.AddRange(main.HeaderParts.Select(p => (OpenXmlPartRootElement?)p.Header));
        roots.AddRange(main.FooterParts.Select(p => (OpenXmlPartRootElement?)p.Footer));
        roots.Add(main.FootnotesPart?.Footnotes);
        roots.Add(main.EndnotesPart?.Endnotes);
        roots.Add(main.WordprocessingCommentsPart?.Comments);
        return roots.OfType<OpenXmlPartRootElement>();
    }

    private static string CellText(Cell cell, string[] shared, out bool redactable)
    {
        var type = cell.DataType?.Value;
        redactable = cell.CellFormula is null && type != CellValues.Boolean && type != CellValues.Error;
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index >= 0 && index < shared.Length
            ? shared[index]
            : raw;
    }

    /// <summary>Shared strings become inline (the table is removed); numbers stay numbers unless redaction changed them.</summary>
    private static void ToInline(Cell cell, string text, bool redactable)
    {
        var isShared = cell.DataType?.Value == CellValues.SharedString;
        var changedNumber = redactable && !isShared && cell.DataType?.Value != CellValues.InlineString && cell.CellValue?.Text != text;
        if (!isShared && !changedNumber && cell.DataType?.Value != CellValues.InlineString)
        {
            return;
        }

        if (cell.DataType?.Value == CellValues.InlineString && cell.InlineString?.InnerText == text)
        {
            return;
        }

        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string ColumnLetters(string? reference) =>
        reference is null ? string.Empty : new string([.. reference.TakeWhile(char.IsAsciiLetterUpper)]);

#pragma warning disable OOXML0001 // The SDK's package-properties API is marked experimental; it is the only typed way to clear the author.
    private static void ClearAuthors(IPackageProperties properties)
    {
        properties.Creator = null;
        properties.LastModifiedBy = null;
    }
#pragma warning restore OOXML0001
}
