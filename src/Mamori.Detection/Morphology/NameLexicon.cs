using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;

namespace Mamori.Detection.Morphology;

/// <summary>
/// The surnames (姓) and given names (名) of IPADIC, read from the dictionary's source list
/// <c>Noun.name.csv</c> (EUC-JP) that Debian's <c>mecab-ipadic</c> package installs, with their
/// katakana and hiragana readings. Immutable and shared: one copy per folder per process.
/// </summary>
internal sealed class NameLexicon
{
    /// <summary>Where Debian's <c>mecab-ipadic</c> puts the dictionary's source CSV files.</summary>
    public const string DefaultSourceFolder = "/usr/share/mecab/dic/ipadic";

    /// <summary>The file holding the 人名 entries.</summary>
    public const string NameFile = "Noun.name.csv";

    /// <summary>The apt command that installs the source lists.</summary>
    public const string InstallCommand = "sudo apt-get install -y mecab-ipadic";

    private static readonly ConcurrentDictionary<string, Lazy<NameLexicon>> s_shared = new(StringComparer.Ordinal);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnameReadings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenReadings;
    private readonly ulong[] _surnameFirstChars = new ulong[1024];
    private readonly ulong[] _givenFirstChars = new ulong[1024];

    private NameLexicon(HashSet<string> surnames, HashSet<string> givenNames, HashSet<string> surnameReadings, HashSet<string> givenReadings)
    {
        _surnames = surnames.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _givenNames = givenNames.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _surnameReadings = surnameReadings.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _givenReadings = givenReadings.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in surnames)
        {
            Mark(_surnameFirstChars, name[0]);
        }

        foreach (var name in givenNames)
        {
            Mark(_givenFirstChars, name[0]);
        }

        SurnameCount = surnames.Count;
        GivenNameCount = givenNames.Count;
    }

    /// <summary>How many distinct surnames were loaded.</summary>
    public int SurnameCount { get; }

    /// <summary>How many distinct given names were loaded.</summary>
    public int GivenNameCount { get; }

    /// <summary>The lexicon of <paramref name="folder"/> (default: Debian's), loaded once per process.</summary>
    /// <param name="folder">The IPADIC source folder, or null for <see cref="DefaultSourceFolder"/>.</param>
    /// <exception cref="MeCabUnavailableException">The folder has no <c>Noun.name.csv</c>.</exception>
    public static NameLexicon Shared(string? folder = null)
    {
        folder ??= Environment.GetEnvironmentVariable("MAMORI_IPADIC_SOURCE") ?? DefaultSourceFolder;
        var lazy = s_shared.GetOrAdd(folder, static f => new Lazy<NameLexicon>(() => Load(f), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (MeCabUnavailableException)
        {
            s_shared.TryRemove(folder, out _); // let a later call retry once the package is installed
            throw;
        }
    }

    /// <summary>The shared lexicon, or null when its source list is not installed.</summary>
    /// <param name="folder">The IPADIC source folder, or null for the default.</param>
    public static NameLexicon? TryShared(string? folder = null)
    {
        try
        {
            return Shared(folder);
        }
        catch (MeCabUnavailableException)
        {
            return null;
        }
    }

    /// <summary>Reads <c>Noun.name.csv</c> from <paramref name="folder"/>.</summary>
    /// <param name="folder">A folder holding IPADIC's source CSV files (EUC-JP).</param>
    /// <exception cref="MeCabUnavailableException">The file is missing.</exception>
    public static NameLexicon Load(string folder)
    {
        var path = Path.Combine(folder, NameFile);
        if (!File.Exists(path))
        {
            throw new MeCabUnavailableException(
                $"The IPADIC name list '{path}' was not found; person names need it. " +
                $"It comes with Debian's mecab-ipadic package: {InstallCommand}");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var eucJp = Encoding.GetEncoding("euc-jp");
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        var surnameReadings = new HashSet<string>(StringComparer.Ordinal);
        var givenReadings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, eucJp))
        {
            // surface,left,right,cost,名詞,固有名詞,人名,姓|名|一般,*,*,base,reading,pronunciation
            var fields = line.Split(',');
            if (fields.Length < 12 || fields[0].Length == 0 || fields[6] != "人名")
            {
                continue;
            }

            var (names, readings) = fields[7] switch
            {
                "姓" => (surnames, surnameReadings),
                "名" => (givenNames, givenReadings),
                _ => (null, null),
            };
            if (names is null || readings is null)
            {
                continue;
            }

            names.Add(fields[0]);
            var reading = fields[11];
            if (reading.Length >= 2 && reading != "*")
            {
                readings.Add(reading);
                readings.Add(ToHiragana(reading));
            }
        }

        return new NameLexicon(surnames, givenNames, surnameReadings, givenReadings);
    }

    /// <summary>True when <paramref name="text"/> is a surname of the dictionary.</summary>
    /// <param name="text">Candidate text.</param>
    public bool IsSurname(ReadOnlySpan<char> text) => !text.IsEmpty && IsMarked(_surnameFirstChars, text[0]) && _surnames.Contains(text);

    /// <summary>True when <paramref name="text"/> is a given name of the dictionary.</summary>
    /// <param name="text">Candidate text.</param>
    public bool IsGivenName(ReadOnlySpan<char> text) => !text.IsEmpty && IsMarked(_givenFirstChars, text[0]) && _givenNames.Contains(text);

    /// <summary>True when <paramref name="text"/> is a surname or given name, in kanji or as a kana reading.</summary>
    /// <param name="text">Candidate text.</param>
    public bool IsNamePart(ReadOnlySpan<char> text) =>
        IsSurname(text) || IsGivenName(text) || _surnameReadings.Contains(text) || _givenReadings.Contains(text);

    /// <summary>True when <paramref name="text"/> is the kana reading of a surname (ヤマダ, やまだ).</summary>
    /// <param name="text">Candidate text.</param>
    public bool IsSurnameReading(ReadOnlySpan<char> text) => _surnameReadings.Contains(text);

    /// <summary>True when <paramref name="text"/> is the kana reading of a given name (タロウ, たろう).</summary>
    /// <param name="text">Candidate text.</param>
    public bool IsGivenNameReading(ReadOnlySpan<char> text) => _givenReadings.Contains(text);

    /// <summary>True when some surname starts with <paramref name="c"/> (a cheap pre-check).</summary>
    /// <param name="c">A character.</param>
    public bool MayStartSurname(char c) => IsMarked(_surnameFirstChars, c);

    /// <summary>
    /// The length of the surname at the start of <paramref name="text"/> that leaves a given name
    /// as the rest of it (山田太郎 → 2), preferring the longest surname; 0 when there is none.
    /// </summary>
    /// <param name="text">A run of kanji.</param>
    /// <param name="minimumLength">The shortest whole name accepted.</param>
    public int SplitFullName(ReadOnlySpan<char> text, int minimumLength = 2)
    {
        if (text.Length < minimumLength || text.Length > 8 || !IsMarked(_surnameFirstChars, text[0]))
        {
            return 0;
        }

        for (var surname = Math.Min(5, text.Length - 1); surname >= 1; surname--)
        {
            if (IsMarked(_givenFirstChars, text[surname]) && IsSurname(text[..surname]) && IsGivenName(text[surname..]))
            {
                return surname;
            }
        }

        return 0;
    }

    private static string ToHiragana(string katakana)
    {
        return string.Create(katakana.Length, katakana, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c;
            }
        });
    }

    private static void Mark(ulong[] bits, char c) => bits[c >> 6] |= 1UL << (c & 63);

    private static bool IsMarked(ulong[] bits, char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;
}
