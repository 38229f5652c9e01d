using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace Mamori.Deidentification.Files;

/// <summary>
/// Writes a table in the same format, encoding, byte-order mark and line ending as a source file, to a
/// temporary file that becomes the output only on <see cref="Commit"/> (nothing partial is ever left).
/// </summary>
public sealed class TableWriter : IDisposable
{
    private readonly AtomicFile _file;
    private readonly TableFormat _format;
    private readonly TextWriter? _text;
    private readonly SepWriter? _sep;
    private readonly SpreadsheetDocument? _workbook;
    private readonly OpenXmlWriter? _sheet;
    private readonly string _sheetName;
    private uint _sheetRow;

    /// <summary>Starts writing <paramref name="path"/> the way <paramref name="like"/> is written.</summary>
    /// <param name="path">The output file; must not exist.</param>
    /// <param name="like">The source whose format and encoding to keep.</param>
    public TableWriter(string path, TableReader like)
    {
        ArgumentNullException.ThrowIfNull(like);
        _file = new AtomicFile(path);
        _format = like.Format;
        _sheetName = like.SheetName;
        if (_format == TableFormat.Xlsx)
        {
            _workbook = SpreadsheetDocument.Create(_file.Stream, SpreadsheetDocumentType.Workbook);
            var workbookPart = _workbook.AddWorkbookPart();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            _sheet = OpenXmlWriter.Create(sheetPart);
            _sheet.WriteStartElement(new Worksheet());
            _sheet.WriteStartElement(new SheetData());
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = string.IsNullOrEmpty(_sheetName) ? "Sheet1" : _sheetName,
            }));
            return;
        }

        var encoding = like.EncodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            _ => like.Encoding,
        };
        _text = new StreamWriter(_file.Stream, encoding, leaveOpen: true) { NewLine = like.NewLine };
        var target = like.NewLine == "\r\n" ? new CrLfWriter(_text) : _text;
        _sep = new Sep(_format == TableFormat.Tsv ? '\t' : ',').Writer(o => o with { WriteHeader = false, Escape = true, DisableColCountCheck = true }).To(target);
    }

    /// <summary>The output path.</summary>
    public string Path => _file.Path;

    /// <summary>Writes one row (the header first).</summary>
    /// <param name="values">The cell values.</param>
    public void WriteRow(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (_sep is not null)
        {
            using var row = _sep.NewRow();
            for (var i = 0; i < values.Count; i++)
            {
                row[i].Set(values[i]);
            }

            return;
        }

        _sheetRow++;
        _sheet!.WriteStartElement(new Row { RowIndex = _sheetRow });
        foreach (var value in values)
        {
            _sheet.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        _sheet.WriteEndElement();
    }

    /// <summary>Finishes the file and moves it into place.</summary>
    public void Commit()
    {
        if (_sep is not null)
        {
            _sep.Dispose();
            _text!.Dispose();
        }
        else
        {
            _sheet!.WriteEndElement();
            _sheet.WriteEndElement();
            _sheet.Close();
            _workbook!.Dispose();
        }

        _file.Commit();
    }

    /// <summary>Abandons the output unless committed (buffered text is dropped, the temporary file deleted).</summary>
    public void Dispose() => _file.Dispose();

    /// <summary>Turns the '\n' Sep writes into "\r\n" for files that used Windows line endings.</summary>
    private sealed class CrLfWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                inner.Write('\r');
            }

            inner.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            var start = 0;
            for (var i = 0; i < buffer.Length; i++)
            {
                if (buffer[i] == '\n' && (i == 0 || buffer[i - 1] != '\r'))
                {
                    inner.Write(buffer[start..i]);
                    inner.Write('\r');
                    start = i;
                }
            }

            inner.Write(buffer[start..]);
        }

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Flush() => inner.Flush();
    }
}
