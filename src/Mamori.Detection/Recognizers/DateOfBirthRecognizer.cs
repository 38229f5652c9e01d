using System.Buffers;
using System.Text.RegularExpressions;
using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Finds dates of birth (<see cref="EntityTypes.DateOfBirth"/>): Gregorian dates (1985年4月1日, 1985/04/01,
/// 1985-04-01, 1985.4.1, April 1, 1985), Japanese era dates (昭和63年1月1日, 平成元年, 令和5年, 昭和六十三年,
/// S63.1.1, H1/2/3, R5/4/1) and <c>19850401</c> in a birth-date field.
/// </summary>
/// <remarks>
/// A date is only a date of birth next to birth context: a label right before it (生年月日：, 誕生日は, DOB:,
/// born on, also with a qualifier in brackets: 生年月日（西暦）：) or 生まれ/生 right after it gives 0.95, a field named
/// like one (生年月日, birthday, dob, birth_date) 0.9, a context word in the window around it 0.85 unless another
/// date or a date label (登録日：…) stands between the word and the date, or the date is the value of a label naming
/// another date (受付日 2024年4月15日 on the line before 生年月日). A speaker's label is no date label: after a question
/// about the birth date, <c>ユーザー: 1974年10月5日です</c> is one. A bare date (<c>2024/03/01 注文</c>) is never reported. Every candidate must be
/// a real calendar date, inside its era (昭和64年1月8日 is not), not in the future and not more than 130 years
/// ago. A year alone or a year and month (昭和63年生まれ, 1985年4月生まれ) count only with 生まれ right after or a
/// label right before. Text holding no birth word (生年月日, 誕生, 生まれ, 出生, 生 after a date, birth, born, dob) and
/// not in a birth-date field is skipped after a few vectorised scans, before any regular expression runs; otherwise
/// the patterns search only the windows around the birth words, and parse only the dates a birth word can reach.
/// </remarks>
public sealed partial class DateOfBirthRecognizer : IRecognizer
{
    private const double Adjacent = 0.95;
    private const double Field = 0.9;
    private const double Window = 0.85;
    private const double PartialWithLabel = 0.7;

    // How far from a date a birth word can be and still grade it (the detector's default context window, 40 before and
    // 20 after, plus the label's own length).
    private const int NearBefore = 48;
    private const int NearAfter = 28;

    // The longest date written (September 30th, 1985; 昭和六十三年十二月三十一日).
    private const int MaxDateLength = 24;

    private static readonly string[] s_types = [Detection.EntityTypes.DateOfBirth];

    // Labels that, right before a date, make it a date of birth.
    private static readonly string[] s_labels =
    [
        "生年月日", "誕生日", "出生日", "生まれ", "出生", "dob", "d.o.b.", "d.o.b", "date of birth", "birth date", "birthdate", "birthday",
        "born on", "born",
    ];

    // Words that, in the window, suggest a birth date.
    private static readonly string[] s_windowWords = ["生年月日", "誕生日", "生まれ", "出生", "birth", "born", "dob"];

    // The Japanese window words with where their 生 is (each holds one).
    private static readonly (string Word, int Offset)[] s_japaneseWords = [("生年月日", 0), ("誕生日", 1), ("生まれ", 0), ("出生", 1)];

    // The first letters of the English birth words. A vectorised search for four characters runs at memory speed over
    // Japanese text, where a case-insensitive multi-string search (SearchValues<string>) costs about 1.5 ns a character:
    // a twelfth of the whole detector's time on the benchmark text.
    private static readonly SearchValues<char> s_englishFirstLetters = SearchValues.Create("bBdD");

    // How a label naming some other date ends (受付日, 登録日, 注文日時, 日付, 有効期限, 期日, date).
    private static readonly string[] s_dateLabelEnds = ["日", "日付", "日時", "期限", "期日", "date", "day"];


    private static readonly string[] s_occasions = ["キャンペーン", "特典", "クーポン", "セール", "割引", "会", "祝", "プレゼント", "ケーキ", "記念"];

    private static readonly (int Year, int Month, int Day)[] s_eraStarts =
    [
        (1868, 1, 1), // 明治 (M)
        (1912, 7, 30), // 大正 (T)
        (1926, 12, 25), // 昭和 (S)
        (1989, 1, 8), // 平成 (H)
        (2019, 5, 1), // 令和 (R)
    ];

    [ThreadStatic]
    private static Scratch? s_scratch;

    private readonly TimeProvider _time;

    /// <summary>Creates the recognizer.</summary>
    public DateOfBirthRecognizer()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates the recognizer with a clock (dates after today are not dates of birth).</summary>
    /// <param name="time">The clock.</param>
    public DateOfBirthRecognizer(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <inheritdoc />
    public string Name => "date_of_birth";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes => s_types;

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = input.Text;
        var field = input.FieldSuggests(Detection.EntityTypes.DateOfBirth);
        if (text.Length < 4 || (!field && !HasTrigger(text)))
        {
            return;
        }

        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var scratch = s_scratch ??= new Scratch();
        var dates = scratch.Dates;
        dates.Clear();
        var labelled = field;
        var words = field ? null : BirthWordPositions(text, scratch.Words, out labelled);
        var scan = new Scan(text, words, Windows(text, words, scratch.Windows), scratch.Starts, labelled);
        CollectDates(scan, field, today, dates);
        foreach (var date in dates)
        {
            var confidence = Grade(input, date, dates, field);
            if (confidence > 0)
            {
                findings.Add(new Finding(Detection.EntityTypes.DateOfBirth, PiiCategory.Personal, date.Start, date.Length, confidence) { Recognizer = Name });
            }
        }
    }

    /// <summary>
    /// Whether the text can hold a birth date at all: 生 in 生年月日, 誕生, 生まれ, 出生 or right after a date
    /// (…1日生, 1985/4/1生), or birth/born/dob. Single-character and ASCII searches are vectorised, unlike a
    /// multi-string search over Japanese text.
    /// </summary>
    internal static bool HasTrigger(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('生'); at >= 0;)
        {
            var before = at > 0 ? text[at - 1] : '\0';
            var after = at + 1 < text.Length ? text[at + 1] : '\0';
            if (after is '年' or 'ま' or '日' || before is '誕' or '出' or '日' or '年' or '月' or ')' || char.IsAsciiDigit(before)
                || (before == ' ' && at >= 2 && (char.IsAsciiDigit(text[at - 2]) || text[at - 2] == '日')))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf('生');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return NextEnglishWord(text, 0, out _) >= 0;
    }

    /// <summary>The start of the next English birth word (birth, born, dob, d.o.b; any case) at or after <paramref name="from"/>, or -1.</summary>
    /// <param name="text">The text.</param>
    /// <param name="from">Where to start.</param>
    /// <param name="word">The word found: 0 born, 1 birth, 2 dob, 3 d.o.b.</param>
    private static int NextEnglishWord(ReadOnlySpan<char> text, int from, out int word)
    {
        while (from < text.Length)
        {
            var hit = text[from..].IndexOfAny(s_englishFirstLetters);
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            var rest = text[at..];
            word = rest.StartsWith("born", StringComparison.OrdinalIgnoreCase) ? 0
                : rest.StartsWith("birth", StringComparison.OrdinalIgnoreCase) ? 1
                : rest.StartsWith("dob", StringComparison.OrdinalIgnoreCase) ? 2
                : rest.StartsWith("d.o.b", StringComparison.OrdinalIgnoreCase) ? 3
                : -1;
            if (word >= 0)
            {
                return at;
            }

            from = at + 1;
        }

        word = -1;
        return -1;
    }

    /// <summary>
    /// Where the birth words are (生年月日, 誕生日, 生まれ, 出生, birth, born, dob): dates far from all of them need no parsing.
    /// Two passes over the text, whatever the number of words: every Japanese birth word holds 生, so the search for 生
    /// finds them all (and 生 right after a date), and one for the English words' first letters finds the others.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="positions">Receives the words' starts, in order.</param>
    /// <param name="labelled">Whether 生年月日, birth or dob is among them (an eight-digit date is then worth reading).</param>
    private static List<int> BirthWordPositions(string text, List<int> positions, out bool labelled)
    {
        positions.Clear();
        labelled = false;
        var span = text.AsSpan();
        for (var at = span.IndexOf('生'); at >= 0;)
        {
            foreach (var (word, offset) in s_japaneseWords)
            {
                if (at >= offset && span[(at - offset)..].StartsWith(word, StringComparison.Ordinal))
                {
                    positions.Add(at - offset);
                    labelled |= offset == 0 && word.Length == 4; // 生年月日
                }
            }

            // 生 right after a date (1985/4/1生, 昭和63年1月1日 生).
            var before = at > 0 ? span[at - 1] : '\0';
            if (char.IsAsciiDigit(before) || before is '日' or '年' or '月' or ')' or ' ')
            {
                positions.Add(at);
            }

            var next = span[(at + 1)..].IndexOf('生');
            at = next < 0 ? -1 : at + 1 + next;
        }

        for (var at = NextEnglishWord(span, 0, out var word); at >= 0; at = NextEnglishWord(span, at + 1, out word))
        {
            if (word <= 2)
            {
                positions.Add(at); // d.o.b is a label, not a window word
                labelled |= word > 0; // birth, dob (not born)
            }
        }

        positions.Sort();
        return positions;
    }

    /// <summary>
    /// The stretches of text a date of birth can start in: the whole text in a birth-date field, else around each birth
    /// word (a date starts at most <see cref="NearBefore"/> after the word or ends at most <see cref="NearAfter"/> before
    /// it), merged.
    /// </summary>
    private static List<(int From, int To)> Windows(string text, List<int>? words, List<(int From, int To)> windows)
    {
        windows.Clear();
        if (words is null)
        {
            windows.Add((0, text.Length));
            return windows;
        }

        foreach (var at in words)
        {
            var from = Math.Max(0, at - NearAfter - MaxDateLength);
            var to = Math.Min(text.Length, at + NearBefore + 1);
            if (windows.Count > 0 && from <= windows[^1].To)
            {
                windows[^1] = (windows[^1].From, Math.Max(windows[^1].To, to));
            }
            else
            {
                windows.Add((from, to));
            }
        }

        return windows;
    }

    /// <summary>
    /// A date can only be graded a date of birth when a birth word is within the context window around it or 生 follows
    /// it (or the whole value is in a birth-date field, <paramref name="words"/> null); other dates are not parsed.
    /// </summary>
    private static bool MayBeBirthDate(string text, List<int>? words, int start, int length)
    {
        if (words is null || BornAfter(text, start + length))
        {
            return true;
        }

        foreach (var at in words)
        {
            if (at >= start - NearBefore && at <= start + length + NearAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static void CollectDates(Scan scan, bool field, DateOnly today, List<Candidate> dates)
    {
        var text = scan.Text;
        foreach (var start in MatchStarts(GregorianDate(), scan))
        {
            var match = GregorianDate().Match(scan.Text, start);
            if (!match.Success)
            {
                continue;
            }

            var year = int.Parse(match.Groups["y"].ValueSpan);
            var (month, day) = MonthDay(match, "m", "d", "m2", "d2");
            Add(dates, match, Check(year, month, day, today));
        }

        foreach (var start in MatchStarts(EraDate(), scan))
        {
            var match = EraDate().Match(scan.Text, start);
            if (!match.Success)
            {
                continue;
            }

            var era = "明大昭平令".IndexOf(match.Groups["era"].ValueSpan[0]);
            var eraYear = EraNumber(match.Groups["ey"].ValueSpan);
            var month = EraNumber(match.Groups["em"].ValueSpan);
            var day = EraNumber(match.Groups["ed"].ValueSpan);
            Add(dates, match, CheckEra(era, eraYear, month, day, today));
        }

        foreach (var start in MatchStarts(EraLetterDate(), scan))
        {
            var match = EraLetterDate().Match(scan.Text, start);
            if (!match.Success)
            {
                continue;
            }

            var era = "MTSHR".IndexOf(char.ToUpperInvariant(match.Groups["el"].ValueSpan[0]));
            var eraYear = int.Parse(match.Groups["ly"].ValueSpan);
            var month = int.Parse(match.Groups["lm"].ValueSpan);
            var day = int.Parse(match.Groups["ld"].ValueSpan);
            Add(dates, match, CheckEra(era, eraYear, month, day, today));
        }

        if (HasEnglishMonth(text))
        {
            foreach (var start in MatchStarts(EnglishDate(), scan))
            {
                var match = EnglishDate().Match(scan.Text, start);
                if (!match.Success)
                {
                    continue;
                }

                var month = MonthNumber(match.Groups["mon"].Success ? match.Groups["mon"].ValueSpan : match.Groups["mon2"].ValueSpan);
                var day = int.Parse(match.Groups["md"].Success ? match.Groups["md"].ValueSpan : match.Groups["dm"].ValueSpan);
                var year = int.Parse(match.Groups["my"].Success ? match.Groups["my"].ValueSpan : match.Groups["my2"].ValueSpan);
                Add(dates, match, Check(year, month, day, today));
            }
        }

        foreach (var start in text.Contains('/') ? MatchStarts(NumericDayFirstOrMonthFirst(), scan) : [])
        {
            var match = NumericDayFirstOrMonthFirst().Match(scan.Text, start);
            if (!match.Success)
            {
                continue;
            }

            var a = int.Parse(match.Groups["a"].ValueSpan);
            var b = int.Parse(match.Groups["b"].ValueSpan);
            var year = int.Parse(match.Groups["c"].ValueSpan);
            var valid = Check(year, a, b, today) == Validity.Full || Check(year, b, a, today) == Validity.Full;
            Add(dates, match, valid ? Validity.Full : Validity.Invalid);
        }

        if (field || scan.Labelled)
        {
            foreach (var start in MatchStarts(CompactDate(), scan))
            {
                var match = CompactDate().Match(scan.Text, start);
                if (!match.Success)
                {
                    continue;
                }

                var span = match.ValueSpan;
                Add(dates, match, Check(int.Parse(span[..4]), int.Parse(span[4..6]), int.Parse(span[6..]), today) == Validity.Full ? Validity.Compact : Validity.Invalid);
            }
        }
    }

    /// <summary>
    /// Where the matches starting in the scan's windows that may be birth dates start (read again with their groups by
    /// the caller); the search stops at the end of each window, and other matches are skipped without allocating.
    /// </summary>
    private static List<int> MatchStarts(Regex regex, Scan scan)
    {
        var text = scan.Text;
        var starts = scan.Starts;
        starts.Clear();
        foreach (var (from, to) in scan.Windows)
        {
            // Room for a date starting before the window's end, and the token it ends in (lookarounds see the text).
            var end = Math.Min(text.Length, to + MaxDateLength);
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            foreach (var found in regex.EnumerateMatches(text.AsSpan(0, end), from))
            {
                if (found.Index >= to)
                {
                    break;
                }

                if (MayBeBirthDate(text, scan.Words, found.Index, found.Length))
                {
                    starts.Add(found.Index);
                }
            }
        }

        return starts;
    }

    private static void Add(List<Candidate> dates, Match match, Validity validity)
    {
        if (validity != Validity.Invalid)
        {
            dates.Add(new Candidate(match.Index, match.Length, validity));
        }
    }

    private static (int Month, int Day) MonthDay(Match match, params ReadOnlySpan<string> groups)
    {
        for (var i = 0; i < groups.Length; i += 2)
        {
            var month = match.Groups[groups[i]];
            if (month.Success)
            {
                var day = match.Groups[groups[i + 1]];
                return (int.Parse(month.ValueSpan), day.Success ? int.Parse(day.ValueSpan) : 0);
            }
        }

        return (0, 0);
    }

    private static int EraNumber(ReadOnlySpan<char> text) =>
        text.IsEmpty ? 0
        : text.SequenceEqual("元") ? 1
        : char.IsAsciiDigit(text[0]) ? int.Parse(text)
        : JapaneseScript.ParseKanjiNumber(text);

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        ReadOnlySpan<string> months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var i = 0; i < months.Length; i++)
        {
            if (name.StartsWith(months[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>A year, optionally with month and day (0 when absent), that a living person could be born on.</summary>
    private static Validity Check(int year, int month, int day, DateOnly today)
    {
        if (year < today.Year - 130 || year > today.Year || month is < 0 or > 12 || (month == 0 && day != 0))
        {
            return Validity.Invalid;
        }

        if (month == 0)
        {
            return Validity.Year;
        }

        if (day == 0)
        {
            return new DateOnly(year, month, 1) <= today ? Validity.YearMonth : Validity.Invalid;
        }

        return day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) <= today ? Validity.Full : Validity.Invalid;
    }

    /// <summary>An era date: era index (明治 0 … 令和 4), year of the era, month and day (0 when absent).</summary>
    private static Validity CheckEra(int era, int eraYear, int month, int day, DateOnly today)
    {
        if (era < 0 || eraYear < 1)
        {
            return Validity.Invalid;
        }

        var start = s_eraStarts[era];
        var year = start.Year + eraYear - 1;
        var validity = Check(year, month, day, today);
        if (validity == Validity.Invalid)
        {
            return validity;
        }

        // The era ends the day before the next one starts; a date must fall inside it.
        var first = new DateOnly(start.Year, start.Month, start.Day);
        var last = era + 1 < s_eraStarts.Length
            ? new DateOnly(s_eraStarts[era + 1].Year, s_eraStarts[era + 1].Month, s_eraStarts[era + 1].Day).AddDays(-1)
            : DateOnly.MaxValue;
        var earliest = new DateOnly(year, month == 0 ? 12 : month, day == 0 ? (month == 0 ? 31 : DateTime.DaysInMonth(year, month)) : day);
        var latest = new DateOnly(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
        return earliest >= first && latest <= last ? validity : Validity.Invalid;
    }

    private static double Grade(RecognitionInput input, Candidate date, List<Candidate> dates, bool field)
    {
        var text = input.Text;
        var labelled = LabelBefore(text, date.Start);
        var bornAfter = BornAfter(text, date.Start + date.Length);
        if (date.Validity is Validity.Year or Validity.YearMonth)
        {
            return bornAfter ? Adjacent : labelled || field ? PartialWithLabel : 0;
        }

        if (labelled || bornAfter)
        {
            return Adjacent;
        }

        if (field)
        {
            return Field;
        }

        if (date.Validity == Validity.Compact || HasOwnDateLabel(text, date.Start))
        {
            return 0;
        }

        return input.HasContext(Detection.EntityTypes.DateOfBirth, date.Start, date.Length) && WindowWordApplies(text, date, dates) ? Window : 0;
    }

    /// <summary>
    /// 生年月日：, 誕生日は, DOB:, born on, （生年月日） right before the date, also with a qualifier in brackets between
    /// the label and its value (生年月日（西暦）：, 生年月日(和暦)).
    /// </summary>
    private static bool LabelBefore(string text, int start)
    {
        var before = text.AsSpan(0, start);
        return EndsWithLabel(before[..SkipSeparators(before, before.Length)]) || EndsWithLabel(BeforeQualifier(before));
    }

    /// <summary>
    /// Whether an English month name (Jan, feb, SEPTEMBER…) starts a word somewhere in the text: the English date pattern
    /// can start at any digit, and most text with Latin letters in it names no month. Words are found by their first
    /// letter with a vectorised search and read by their first three letters.
    /// </summary>
    private static bool HasEnglishMonth(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAnyInRange('A', 'z'); at >= 0;)
        {
            if (char.IsAsciiLetter(text[at]) && (at == 0 || !char.IsAsciiLetter(text[at - 1])) && at + 3 <= text.Length
                && char.IsAsciiLetter(text[at + 1]) && char.IsAsciiLetter(text[at + 2]))
            {
                var key = ((text[at] | 0x20) << 16) | ((text[at + 1] | 0x20) << 8) | (text[at + 2] | 0x20);
                if (key is 0x6A616E or 0x666562 or 0x6D6172 or 0x617072 or 0x6D6179 or 0x6A756E or 0x6A756C or 0x617567 or 0x736570
                    or 0x6F6374 or 0x6E6F76 or 0x646563)
                {
                    return true; // jan feb mar apr may jun jul aug sep oct nov dec
                }
            }

            // On past the rest of the word.
            var next = at + 1;
            while (next < text.Length && char.IsAsciiLetter(text[next]))
            {
                next++;
            }

            var found = next < text.Length ? text[next..].IndexOfAnyInRange('A', 'z') : -1;
            at = found < 0 ? -1 : next + found;
        }

        return false;
    }

    private static bool EndsWithLabel(ReadOnlySpan<char> before)
    {
        foreach (var label in s_labels)
        {
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text before a bracketed qualifier ((西暦), (和暦)) standing between a label and its value, or empty.</summary>
    private static ReadOnlySpan<char> BeforeQualifier(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        for (var skipped = 0; skipped < 3 && end > 0 && before[end - 1] is ' ' or ':' or '=' or '\t'; skipped++)
        {
            end--;
        }

        if (end == 0 || before[end - 1] != ')')
        {
            return [];
        }

        var from = Math.Max(0, end - 8);
        var open = before[from..(end - 1)].LastIndexOf('(');
        return open < 0 ? [] : before[..(from + open)].TrimEnd(' ');
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int end)
    {
        for (var skipped = 0; skipped < 4 && end > 0 && text[end - 1] is ' ' or ':' or '=' or '\t' or '】' or ']' or ')' or '(' or '」' or 'は' or '、' or ','; skipped++)
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// The date is the value of a label naming another date (受付日 2024年4月15日, 登録日：…, 注文日時: …, 有効期限 …): a
    /// birth word elsewhere in the window (the next line's 生年月日) does not make it a birth date.
    /// </summary>
    private static bool HasOwnDateLabel(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or ':' or '=' or '\t' or '】' or ']')
        {
            end--;
        }

        return end < start && IsDateLabel(text.AsSpan(0, end));
    }

    /// <summary>True when <paramref name="before"/> ends with a word naming a date other than a birth date (登録日, 受付日時, 有効期限, date).</summary>
    private static bool IsDateLabel(ReadOnlySpan<char> before)
    {
        if (EndsWithLabel(before))
        {
            return false;
        }

        foreach (var suffix in s_dateLabelEnds)
        {
            if (before.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && before.Length > suffix.Length
                && (JapaneseScript.IsJapaneseLetter(before[^(suffix.Length + 1)]) || char.IsAsciiLetter(before[^(suffix.Length + 1)]) || before[^(suffix.Length + 1)] is ' ' or '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>生まれ, 生, 出生 right after the date (1985年4月1日生まれ, 1985/4/1生).</summary>
    private static bool BornAfter(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        if (rest.StartsWith("(", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }

        return rest.StartsWith("生", StringComparison.Ordinal) && !rest.StartsWith("生産", StringComparison.Ordinal)
            && !rest.StartsWith("生活", StringComparison.Ordinal) && !rest.StartsWith("生成", StringComparison.Ordinal);
    }

    /// <summary>
    /// The word is part of a constant's name in upper snake case (DATE_OF_BIRTH in a list of item types, a log or a
    /// dump): a name of a kind of data, not a label in front of a value.
    /// </summary>
    private static bool IsConstantName(string text, int at)
    {
        var start = at;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        var token = text.AsSpan(start, end - start);
        return token.Contains('_') && !token.ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// The nearest birth word before the date is not separated from it by another date or a different date label
    /// (生年月日：1985/4/1 登録日：2024/3/1 — the second date is not a birth date).
    /// </summary>
    private static bool WindowWordApplies(string text, Candidate date, List<Candidate> dates)
    {
        var from = Math.Max(0, date.Start - 40);
        var before = text.AsSpan(from, date.Start - from);
        var nearest = -1;
        foreach (var word in s_windowWords)
        {
            nearest = Math.Max(nearest, before.LastIndexOf(word, StringComparison.OrdinalIgnoreCase));
        }

        if (nearest < 0)
        {
            // The word follows the date (…と、1985年4月1日に生まれた): accept when no other date is in between.
            var after = text.AsSpan(date.Start + date.Length, Math.Min(20, text.Length - date.Start - date.Length));
            var first = int.MaxValue;
            foreach (var word in s_windowWords)
            {
                var at = after.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                first = at >= 0 ? Math.Min(first, at) : first;
            }

            return first != int.MaxValue && !dates.Exists(d => d.Start > date.Start && d.Start < date.Start + date.Length + first);
        }

        var wordAt = from + nearest;
        if (dates.Exists(d => d.Start > wordAt && d.Start < date.Start) || IsOccasion(text.AsSpan(wordAt)) || IsConstantName(text, wordAt))
        {
            return false;
        }

        // Another date label (登録日：, 注文日：) between the word and the date claims the date; a speaker's name
        // (ユーザー: 1974年10月5日です, after a question about the birth date) does not.
        var between = text.AsSpan(wordAt, date.Start - wordAt);
        for (var colon = between.LastIndexOfAny(':', '='); colon > 0; colon = between[..colon].LastIndexOfAny(':', '='))
        {
            var label = between[..colon].TrimEnd(' ');
            if (IsDateLabel(label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>誕生日キャンペーン, 誕生日特典: a birthday occasion, whose date is not anyone's birth date.</summary>
    private static bool IsOccasion(ReadOnlySpan<char> word)
    {
        if (!word.StartsWith("誕生日", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = word[3..];
        foreach (var occasion in s_occasions)
        {
            if (rest.StartsWith(occasion, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>1[89][0-9]{2}|20[0-9]{2})(?:年[ ]?(?:(?<m>[0-9]{1,2})月(?:[ ]?(?<d>[0-9]{1,2})日)?)?|(?<sep>[/.-])(?<m2>[0-9]{1,2})\k<sep>(?<d2>[0-9]{1,2})(?![0-9]))")]
    private static partial Regex GregorianDate();

    [GeneratedRegex(@"(?<era>明治|大正|昭和|平成|令和)[ ]?(?<ey>元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})年(?:[ ]?(?<em>[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[ ]?(?<ed>[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?)?")]
    private static partial Regex EraDate();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<el>[MTSHR])[ ]?(?<ly>[0-9]{1,2})(?<ls>[./-])(?<lm>[0-9]{1,2})\k<ls>(?<ld>[0-9]{1,2})(?![0-9])")]
    private static partial Regex EraLetterDate();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[ ](?<md>[0-9]{1,2})(?:st|nd|rd|th)?,?[ ](?<my>1[89][0-9]{2}|20[0-9]{2})|(?<dm>[0-9]{1,2})(?:st|nd|rd|th)?[ ](?<mon2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?[ ](?<my2>1[89][0-9]{2}|20[0-9]{2}))(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<![0-9/])(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<c>1[89][0-9]{2}|20[0-9]{2})(?![0-9/])")]
    private static partial Regex NumericDayFirstOrMonthFirst();

    [GeneratedRegex(@"(?<![0-9])(?:19|20)[0-9]{6}(?![0-9])")]
    private static partial Regex CompactDate();

    private enum Validity
    {
        Invalid,
        Year,
        YearMonth,
        Full,
        Compact,
    }

    private readonly record struct Candidate(int Start, int Length, Validity Validity);

    /// <summary>The text, its birth words (null in a birth-date field), the windows dates are searched in, and room for match starts.</summary>
    private readonly record struct Scan(string Text, List<int>? Words, List<(int From, int To)> Windows, List<int> Starts, bool Labelled);

    /// <summary>Lists reused by every call on one thread.</summary>
    private sealed class Scratch
    {
        public List<Candidate> Dates { get; } = [];

        public List<int> Words { get; } = [];

        public List<(int From, int To)> Windows { get; } = [];

        public List<int> Starts { get; } = [];
    }
}
