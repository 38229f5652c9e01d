namespace Mamori.Deidentification.Anonymization.Hierarchies;

/// <summary>
/// Splits a Japanese address into prefecture, municipality (with its county, 郡) and, for the 20
/// designated cities (政令指定都市), the administrative ward. The municipality ends at the first
/// 市/区/町/村 after the prefecture (at least one character in); names in which such a character
/// occurs inside (四日市市, 東村山市, 大和郡山市, 余市郡余市町, 名古屋市中村区, …) are listed.
/// </summary>
internal static class JapaneseAddress
{
    /// <summary>The 47 prefectures and their region in the common eight-region division.</summary>
    private static readonly (string Prefecture, string Region)[] s_prefectures =
    [
        ("北海道", "北海道"),
        ("青森県", "東北"), ("岩手県", "東北"), ("宮城県", "東北"), ("秋田県", "東北"), ("山形県", "東北"), ("福島県", "東北"),
        ("茨城県", "関東"), ("栃木県", "関東"), ("群馬県", "関東"), ("埼玉県", "関東"), ("千葉県", "関東"), ("東京都", "関東"), ("神奈川県", "関東"),
        ("新潟県", "中部"), ("富山県", "中部"), ("石川県", "中部"), ("福井県", "中部"), ("山梨県", "中部"), ("長野県", "中部"),
        ("岐阜県", "中部"), ("静岡県", "中部"), ("愛知県", "中部"),
        ("三重県", "近畿"), ("滋賀県", "近畿"), ("京都府", "近畿"), ("大阪府", "近畿"), ("兵庫県", "近畿"), ("奈良県", "近畿"), ("和歌山県", "近畿"),
        ("鳥取県", "中国"), ("島根県", "中国"), ("岡山県", "中国"), ("広島県", "中国"), ("山口県", "中国"),
        ("徳島県", "四国"), ("香川県", "四国"), ("愛媛県", "四国"), ("高知県", "四国"),
        ("福岡県", "九州・沖縄"), ("佐賀県", "九州・沖縄"), ("長崎県", "九州・沖縄"), ("熊本県", "九州・沖縄"), ("大分県", "九州・沖縄"),
        ("宮崎県", "九州・沖縄"), ("鹿児島県", "九州・沖縄"), ("沖縄県", "九州・沖縄"),
    ];

    /// <summary>The designated cities (政令指定都市) and their prefecture.</summary>
    private static readonly Dictionary<string, string> s_designatedCities = new(StringComparer.Ordinal)
    {
        ["札幌市"] = "北海道", ["仙台市"] = "宮城県", ["さいたま市"] = "埼玉県", ["千葉市"] = "千葉県",
        ["横浜市"] = "神奈川県", ["川崎市"] = "神奈川県", ["相模原市"] = "神奈川県", ["新潟市"] = "新潟県",
        ["静岡市"] = "静岡県", ["浜松市"] = "静岡県", ["名古屋市"] = "愛知県", ["京都市"] = "京都府",
        ["大阪市"] = "大阪府", ["堺市"] = "大阪府", ["神戸市"] = "兵庫県", ["岡山市"] = "岡山県",
        ["広島市"] = "広島県", ["北九州市"] = "福岡県", ["福岡市"] = "福岡県", ["熊本市"] = "熊本県",
    };

    /// <summary>Names with 市/区/町/村/郡 inside them, longest first so that a longer name wins.</summary>
    private static readonly string[] s_irregularNames = SortLongestFirst(
    [
        // 市 inside
        "四日市市", "廿日市市", "野々市市", "上市町", "下市町", "余市町", "余市郡", "高市郡",
        // 町 inside
        "大町市", "十日町市", "大町町",
        // 村 inside
        "東村山市", "武蔵村山市", "田村市", "大村市", "羽村市", "玉村町", "中村区",
        "北村山郡", "西村山郡", "東村山郡", "田村郡",
        // 郡 inside (a name, not a county)
        "大和郡山市", "小郡市", "蒲郡市",
    ]);

    private static readonly Dictionary<string, string> s_regions = BuildRegions();

    /// <summary>The region (地方) of a prefecture.</summary>
    public static string RegionOf(string prefecture) => s_regions[prefecture];

    /// <summary>Reads the parts of an address; each is null when absent.</summary>
    /// <param name="address">An address, optionally preceded by 〒 and a postal code.</param>
    /// <param name="prefecture">The prefecture, written or inferred from a designated city.</param>
    /// <param name="municipality">The municipality, with its county (<c>北佐久郡軽井沢町</c>).</param>
    /// <param name="ward">The ward of a designated city (<c>港北区</c>).</param>
    public static void Parse(string address, out string? prefecture, out string? municipality, out string? ward)
    {
        prefecture = municipality = ward = null;
        var rest = SkipPostalCode(CellText.Trim(address));
        foreach (var (name, _) in s_prefectures)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                prefecture = name;
                rest = CellText.Trim(rest[name.Length..]);
                break;
            }
        }

        var length = MunicipalityLength(rest);
        if (length == 0)
        {
            return;
        }

        municipality = rest[..length].ToString();
        if (!s_designatedCities.TryGetValue(municipality, out var cityPrefecture)
            || (prefecture is not null && prefecture != cityPrefecture))
        {
            return;
        }

        prefecture ??= cityPrefecture;
        rest = CellText.Trim(rest[length..]);
        var wardLength = IrregularLength(rest);
        if (wardLength == 0 || rest[wardLength - 1] != '区')
        {
            wardLength = rest.Length > 1 ? rest[1..].IndexOf('区') + 2 : 0;
            if (wardLength < 2)
            {
                return;
            }
        }

        ward = rest[..wardLength].ToString();
    }

    private static int MunicipalityLength(ReadOnlySpan<char> text)
    {
        var length = IrregularLength(text);
        if (length == 0)
        {
            length = SuffixEnd(text, "市区町村郡");
            if (length == 0)
            {
                return 0;
            }
        }

        if (text[length - 1] != '郡')
        {
            return length;
        }

        // A county (郡) holds towns and villages: the municipality runs to the 町 or 村 after it.
        var inCounty = text[length..];
        var town = IrregularLength(inCounty);
        if (town == 0 || inCounty[town - 1] is not ('町' or '村'))
        {
            town = SuffixEnd(inCounty, "町村");
        }

        return town == 0 ? 0 : length + town;
    }

    /// <summary>The length up to and including the first suffix character at index 1 or later, or 0.</summary>
    private static int SuffixEnd(ReadOnlySpan<char> text, string suffixes)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        var at = text[1..].IndexOfAny(suffixes);
        return at < 0 ? 0 : at + 2;
    }

    private static int IrregularLength(ReadOnlySpan<char> text)
    {
        foreach (var name in s_irregularNames)
        {
            if (text.StartsWith(name, StringComparison.Ordinal))
            {
                return name.Length;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> SkipPostalCode(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] is not ('〒' or '〶'))
        {
            return text;
        }

        var at = 1;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] is (>= '０' and <= '９') or '-' or '－' or '‐' or 'ー' or ' ' or '\u3000'))
        {
            at++;
        }

        return text[at..];
    }

    private static string[] SortLongestFirst(string[] names)
    {
        Array.Sort(names, static (a, b) => b.Length.CompareTo(a.Length));
        return names;
    }

    private static Dictionary<string, string> BuildRegions()
    {
        var regions = new Dictionary<string, string>(s_prefectures.Length, StringComparer.Ordinal);
        foreach (var (prefecture, region) in s_prefectures)
        {
            regions[prefecture] = region;
        }

        return regions;
    }
}
