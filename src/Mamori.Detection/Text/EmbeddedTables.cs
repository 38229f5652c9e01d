using System.Buffers;
using System.Runtime.CompilerServices;

namespace Mamori.Detection.Text;

/// <summary>
/// Finds delimited tables embedded in free text: a header line of names (<c>会員番号,氏名,…,生年月日</c>) followed by
/// lines with the same number of fields. Commas or tabs delimit, double quotes group (<c>"東京都…1-2-3"</c>). A cell
/// such as <c>1988/4/14</c> is a date of birth only because of its column, so the detector reads each data cell again
/// with its header as the field name.
/// </summary>
/// <remarks>
/// A header has at least <see cref="MinimumColumns"/> fields, each a short name that starts with a letter (kanji,
/// kana or Latin) and holds no sentence punctuation, '@' or '/'. Data lines follow it directly; the table ends at the
/// first line with another field count (a blank line included). Text without a line break, or without a comma or tab,
/// is rejected by one vectorised search.
/// </remarks>
[SkipLocalsInit] // the field buffers are written before they are read
internal static class EmbeddedTables
{
    /// <summary>The fewest fields a header line must have: two-field lines are too often prose (はい, そうです).</summary>
    public const int MinimumColumns = 3;

    private const int MaxHeaderCell = 32;
    private const int MaxColumns = 64;

    private static readonly SearchValues<char> s_delimiters = SearchValues.Create(",\t");

    /// <summary>True when <paramref name="text"/> can hold a table at all: a line break and a delimiter.</summary>
    /// <param name="text">Folded text.</param>
    public static bool MayHold(ReadOnlySpan<char> text) => text.IndexOfAny(s_delimiters) >= 0 && text.Contains('\n');

    /// <summary>Appends the data cells of every table in <paramref name="text"/>, each with its header's index in <paramref name="headers"/>.</summary>
    /// <param name="text">Folded text.</param>
    /// <param name="headers">Receives the header names (trimmed, quotes removed); a cell's <see cref="TableCell.Header"/> indexes it.</param>
    /// <param name="cells">Receives the non-empty data cells, in text order.</param>
    /// <param name="headerLines">Receives the extent of each table's header line (names of fields, never personal data).</param>
    public static void Find(string text, List<string> headers, List<TableCell> cells, List<Range> headerLines)
    {
        var span = text.AsSpan();
        Span<Range> fields = stackalloc Range[MaxColumns];
        Span<Range> row = stackalloc Range[MaxColumns];
        var position = 0;
        while (position < span.Length)
        {
            var offset = span[position..].IndexOfAny(s_delimiters);
            if (offset < 0)
            {
                return;
            }

            var lineStart = span[..(position + offset)].LastIndexOf('\n') + 1;
            var lineEnd = LineEnd(span, position + offset);
            var line = span[lineStart..lineEnd];
            var next = lineEnd + 1;
            if (!MayBeHeader(line))
            {
                position = next; // prose with a comma (価格は5,000円です): its first "field" is no header name
                continue;
            }

            var delimiter = line.Contains('\t') ? '\t' : ',';
            var columns = Split(line, delimiter, fields);
            if (columns >= MinimumColumns && IsHeader(line, fields[..columns]))
            {
                var headerIndex = headers.Count;
                var rows = 0;
                while (next < span.Length)
                {
                    var rowEnd = LineEnd(span, next);
                    var rowLine = span[next..rowEnd];
                    if (Split(rowLine, delimiter, row) != columns)
                    {
                        break;
                    }

                    if (rows == 0)
                    {
                        headerLines.Add(lineStart..lineEnd);
                        for (var c = 0; c < columns; c++)
                        {
                            headers.Add(Unquote(line[fields[c]]).ToString());
                        }
                    }

                    rows++;
                    for (var c = 0; c < columns; c++)
                    {
                        var (start, length) = CellExtent(rowLine, row[c]);
                        if (length > 0)
                        {
                            cells.Add(new TableCell(next + start, length, headerIndex + c));
                        }
                    }

                    next = rowEnd + 1;
                }
            }

            position = next;
        }
    }

    /// <summary>A cheap first test: the line's first field is short and starts with a letter (or a quote).</summary>
    private static bool MayBeHeader(ReadOnlySpan<char> line)
    {
        var first = line.IndexOfAny(s_delimiters);
        if (first < 0 || first > MaxHeaderCell + 4)
        {
            return false;
        }

        var name = line[..first].TrimStart(' ');
        return !name.IsEmpty && (char.IsLetter(name[0]) || name[0] == '"');
    }

    private static int LineEnd(ReadOnlySpan<char> text, int from)
    {
        var end = text[from..].IndexOf('\n');
        end = end < 0 ? text.Length : from + end;
        return end > from && text[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>Splits a line into fields at <paramref name="delimiter"/> outside double quotes; returns the count, or 0 past <see cref="MaxColumns"/>.</summary>
    private static int Split(ReadOnlySpan<char> line, char delimiter, Span<Range> fields)
    {
        if (line.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                if (count == fields.Length - 1)
                {
                    return 0;
                }

                fields[count++] = start..i;
                start = i + 1;
            }
        }

        fields[count++] = start..line.Length;
        return count;
    }

    private static bool IsHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields)
    {
        foreach (var field in fields)
        {
            var name = Unquote(line[field]);
            if (name.IsEmpty || name.Length > MaxHeaderCell || !char.IsLetter(name[0])
                || name.IndexOfAny("@/。、!?！？:") >= 0 || name.Count(' ') > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> field)
    {
        field = field.Trim(' ');
        return field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Trim(' ') : field;
    }

    /// <summary>The value of a field within its line: spaces and enclosing quotes left out.</summary>
    private static (int Start, int Length) CellExtent(ReadOnlySpan<char> line, Range field)
    {
        var (start, length) = field.GetOffsetAndLength(line.Length);
        while (length > 0 && line[start] == ' ')
        {
            start++;
            length--;
        }

        while (length > 0 && line[start + length - 1] == ' ')
        {
            length--;
        }

        if (length >= 2 && line[start] == '"' && line[start + length - 1] == '"')
        {
            start++;
            length -= 2;
        }

        return (start, length);
    }
}
