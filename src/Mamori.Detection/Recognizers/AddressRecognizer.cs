using System.Buffers;
using System.Collections.Frozen;
using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Finds Japanese street addresses (<see cref="EntityTypes.Address"/>): 東京都千代田区霞が関1-2-3 〇〇ビル4F,
/// 大阪市北区梅田三丁目1番1号, 札幌市中央区北1条西2丁目, 京都市中京区河原町通三条上る.
/// </summary>
/// <remarks>
/// <para>
/// The scan is anchored on the last character of the 47 prefecture names (都道府県) and on the municipality
/// suffixes 市, 区 and 郡 (two vectorised <see cref="SearchValues{T}"/> passes). From an anchor a small parser reads,
/// in order: a prefecture; up to three municipality parts (…市, …市…区, …区, …郡…町/村; 町 and 村 only after a
/// prefecture or a 郡; kana names such as さいたま市 and うるま市; 東広島市 is not 広島市); a town name (kanji, katakana,
/// が/ヶ/ノ between kanji, one kana before が/の: 美しが丘); block numbers in any of the usual forms (1-2-3, 1丁目2番3号,
/// 三丁目, 123番地の4, 1条西2丁目, Kyoto's 通…上る/下る/東入/西入); then a building and its room, with or without a
/// space: a name ending in ビル, マンション, ハイツ, 荘… with or without a room, or any name with a wing (A棟, II, 弐番館,
/// 第2) followed by a room number (リバーサイドII103号室, コーポ弐番館903, グランドメゾン第2 801号), or a floor or room
/// alone (4F, 4階, 101号室, #101).
/// </para>
/// <para>
/// Grading: prefecture, municipality and block numbers 0.9 (0.95 with a building or a 住所 context word);
/// a designated city and its ward, a Tokyo ward or a 郡+町 with block numbers 0.8; another city or ward with a
/// town and block numbers 0.7; a prefecture and municipality without block numbers 0.4, or 0.6 next to a
/// 住所/所在地 word or in an address field. A bare place name (東京都の人口, 大阪で会議) is never reported. The
/// address starts after an adjacent postal code (〒100-8914), which is reported separately.
/// </para>
/// </remarks>
public sealed class AddressRecognizer : IRecognizer
{
    private static readonly string[] s_types = [Detection.EntityTypes.Address];

    private static readonly string[] s_prefectures =
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都",
        "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府",
        "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県",
        "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prefectureSet =
        s_prefectures.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // 政令指定都市 (the twenty designated cities, which have wards).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_designatedCities = new[]
    {
        "札幌市", "仙台市", "さいたま市", "千葉市", "横浜市", "川崎市", "相模原市", "新潟市", "静岡市", "浜松市", "名古屋市", "京都市",
        "大阪市", "堺市", "神戸市", "岡山市", "広島市", "北九州市", "福岡市", "熊本市",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_tokyoWards = new[]
    {
        "千代田区", "中央区", "港区", "新宿区", "文京区", "台東区", "墨田区", "江東区", "品川区", "目黒区", "大田区", "世田谷区", "渋谷区",
        "中野区", "杉並区", "豊島区", "北区", "荒川区", "板橋区", "練馬区", "足立区", "葛飾区", "江戸川区",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Municipality names written (partly) in kana, which a kanji-only scan would miss.
    private static readonly string[] s_kanaMunicipalities =
    [
        "さいたま市", "つくば市", "つくばみらい市", "いわき市", "ひたちなか市", "かすみがうら市", "みどり市", "あきる野市", "いちき串木野市",
        "うきは市", "えびの市", "かほく市", "みやま市", "みよし市", "あま市", "たつの市", "さぬき市", "南アルプス市", "せたな町", "ニセコ町",
        "うるま市", "いなべ市", "ふじみ野市", "つがる市", "むつ市", "にかほ市", "あわら市", "さくら市", "いすみ市", "南あわじ市", "南さつま市",
        "伊豆の国市", "おいらせ町", "かつらぎ町", "みなかみ町", "ときがわ町", "まんのう町", "みやき町", "えりも町", "むかわ町",
    ];

    // Words before 市/区/郡 that make a common noun, not a municipality (各市, 選挙区, 地区, 学区, 都市).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notMunicipalities = new[]
    {
        "各", "同", "当", "本", "全", "他", "両", "都", "市", "区", "町", "村", "地", "学", "特", "管", "校", "新", "旧", "下", "上", "隣",
        "選挙", "近隣", "周辺", "地方", "政令", "指定", "政令指定", "城下", "門前", "行政", "東京", "自治", "特別", "市町", "市区", "町村", "我が",
        "他の", "近", "魚", "朝", "青", "闇", "競", "卸売", "株式", "期", "工", "教", "防", "禁", "漁", "猟", "鳥獣保護",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_buildingSuffixes =
    [
        "ビルディング", "ビル", "マンション", "ハイツ", "コーポ", "レジデンス", "タワー", "アパート", "ハウス", "ヒルズ", "プラザ", "コート",
        "パレス", "メゾン", "ヴィラ", "テラス", "荘", "館", "号棟", "棟", "寮", "センター", "building", "bldg", "tower",
    ];

    // The last character of a prefecture (都道府県) and of a municipality suffix (市区郡), in two sets of at most five
    // characters so that each IndexOfAny runs vectorised (seven scattered characters make a per-character search).
    private static readonly SearchValues<char> s_prefectureAnchors = SearchValues.Create("都道府県");
    private static readonly SearchValues<char> s_municipalityAnchors = SearchValues.Create("市区郡");

    private static readonly SearchValues<char> s_directions = SearchValues.Create("東西南北");

    /// <inheritdoc />
    public string Name => "address";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes => s_types;

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = input.Text;
        var span = text.AsSpan();
        var position = 0;
        var parsedUpTo = 0;
        var nextPrefecture = -1; // next hit of each anchor set at or after position, -1 before the first search
        var nextMunicipality = -1;
        while (position < span.Length)
        {
            nextPrefecture = NextAnchor(span, position, nextPrefecture, s_prefectureAnchors);
            nextMunicipality = NextAnchor(span, position, nextMunicipality, s_municipalityAnchors);
            var at = nextPrefecture < 0 ? nextMunicipality : nextMunicipality < 0 ? nextPrefecture : Math.Min(nextPrefecture, nextMunicipality);
            at = at == int.MinValue ? -1 : at;
            if (at < 0)
            {
                break;
            }

            position = at + 1;
            if (at < parsedUpTo)
            {
                continue;
            }

            var start = span[at] is '都' or '道' or '府' or '県' ? PrefectureEndingAt(span, at) : MunicipalityStart(span, at);
            if (start < 0 || start < parsedUpTo)
            {
                continue;
            }

            var address = Parse(span, start);
            if (address.End <= start)
            {
                continue;
            }

            var confidence = Grade(input, address);
            if (confidence > 0)
            {
                findings.Add(new Finding(Detection.EntityTypes.Address, PiiCategory.Personal, start, address.End - start, confidence) { Recognizer = Name });
                parsedUpTo = address.End;
                position = address.End;
            }
        }
    }

    /// <summary>The next anchor of one set at or after <paramref name="position"/>, reusing the last answer while it is still ahead.</summary>
    private static int NextAnchor(ReadOnlySpan<char> text, int position, int last, SearchValues<char> anchors)
    {
        if (last >= position || last == int.MinValue)
        {
            return last;
        }

        var offset = text[position..].IndexOfAny(anchors);
        return offset < 0 ? int.MinValue : position + offset;
    }

    private static double Grade(RecognitionInput input, in Parsed address)
    {
        var context = input.HasContext(Detection.EntityTypes.Address, address.Start, address.End - address.Start);
        double confidence;
        if (!address.HasBlock)
        {
            if (!address.HasPrefecture || address.Municipalities == 0)
            {
                return 0;
            }

            return context ? 0.6 : 0.4;
        }

        if (address.HasPrefecture && address.Municipalities > 0)
        {
            confidence = address.HasBuilding || context ? 0.95 : 0.9;
            return confidence;
        }

        if (address.Municipalities == 0)
        {
            confidence = address.HasPrefecture && address.HasTown ? 0.6 : 0;
        }
        else if (address.WellKnownMunicipality)
        {
            confidence = 0.8;
        }
        else
        {
            confidence = address.HasTown ? 0.7 : 0.55;
        }

        return confidence > 0 && (context || address.HasBuilding) ? Math.Min(0.9, confidence + 0.1) : confidence;
    }

    /// <summary>The start of the prefecture name whose last character is at <paramref name="last"/>, or -1.</summary>
    private static int PrefectureEndingAt(ReadOnlySpan<char> text, int last)
    {
        for (var length = 3; length <= 4; length++)
        {
            var start = last + 1 - length;
            if (start >= 0 && s_prefectureSet.Contains(text[start..(last + 1)]))
            {
                return start;
            }
        }

        return -1;
    }

    private static int PrefectureAt(ReadOnlySpan<char> text, int at)
    {
        for (var length = 3; length <= 4; length++)
        {
            if (at + length <= text.Length && s_prefectureSet.Contains(text.Slice(at, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>True when a name of <see cref="s_kanaMunicipalities"/> can be in text[from..to): it holds a kana.</summary>
    private static bool MayHoldKanaName(ReadOnlySpan<char> text, int from, int to) =>
        text[Math.Max(0, from)..Math.Min(text.Length, to)].ContainsAnyInRange('\u3041', '\u30FF');

    /// <summary>Where the municipality ending with the suffix at <paramref name="suffix"/> starts, or -1.</summary>
    private static int MunicipalityStart(ReadOnlySpan<char> text, int suffix)
    {
        foreach (var name in MayHoldKanaName(text, suffix - 7, suffix) ? s_kanaMunicipalities : [])
        {
            var start = suffix + 1 - name.Length;
            if (start >= 0 && text[start..].StartsWith(name, StringComparison.Ordinal))
            {
                return start;
            }
        }

        var begin = suffix;
        while (begin > 0 && IsNameChar(text[begin - 1]) && suffix - begin < 5)
        {
            begin--;
        }

        if (begin == suffix || suffix - begin > 4)
        {
            return -1;
        }

        // Prefer a designated city ending here (今日横浜市 → 横浜市), with a direction that is part of another city's
        // name (東広島市, 北広島市, 東大阪市).
        for (var s = begin; s < suffix; s++)
        {
            if (s_designatedCities.Contains(text[s..(suffix + 1)]) || s_tokyoWards.Contains(text[s..(suffix + 1)]))
            {
                return s > begin && s_directions.Contains(text[s - 1]) ? s - 1 : s;
            }
        }

        return s_notMunicipalities.Contains(text[begin..suffix]) ? -1 : begin;
    }

    private static bool IsNameChar(char c) => JapaneseScript.IsKanji(c) || c is 'ヶ' or 'ケ';

    private static Parsed Parse(ReadOnlySpan<char> text, int start)
    {
        var result = new Parsed { Start = start };
        var i = start;
        var prefecture = PrefectureAt(text, i);
        if (prefecture > 0)
        {
            result.HasPrefecture = true;
            i += prefecture;
        }

        // Municipality parts: 市 (then 区), 区, 郡 (then 町/村); 町/村 first only after a prefecture.
        var last = '\0';
        while (result.Municipalities < 3)
        {
            var length = MunicipalityAt(text, i, last, result.HasPrefecture && result.Municipalities == 0);
            if (length == 0)
            {
                break;
            }

            var part = text.Slice(i, length);
            result.WellKnownMunicipality |= s_designatedCities.Contains(part) || s_tokyoWards.Contains(part)
                || (last == '郡' && part[^1] is '町' or '村') || (last == '市' && part[^1] == '区');
            last = part[^1];
            result.Municipalities++;
            i += length;
        }

        var kyoto = KyotoStreetLength(text, i);
        if (kyoto > 0)
        {
            // 河原町通三条上る, possibly followed by a town and its number (…上る恵比須町427).
            i += kyoto;
            var after = TownLength(text, i);
            var number = BlockLength(text, i + after);
            result.HasTown = true;
            result.HasBlock = true;
            result.End = number > 0 ? i + after + number : i;
            return result;
        }

        var town = TownLength(text, i);
        result.HasTown = town > 0;
        i += town;
        if (i < text.Length && text[i] == ' ' && BlockLength(text, i + 1) > 0)
        {
            i++;
        }

        var block = BlockLength(text, i);
        if (block == 0 && result.HasTown && ((result.HasPrefecture && result.Municipalities > 0) || result.WellKnownMunicipality))
        {
            block = BareNumberLength(text, i); // 長野県大町市大町1234, 横浜市中区山下町123
        }

        if (block == 0)
        {
            result.End = result.Municipalities > 0 ? i : start;
            return result;
        }

        result.HasBlock = true;
        i += block;
        var building = BuildingLength(text, i);
        result.HasBuilding = building > 0;
        result.End = i + building;
        return result;
    }

    private static int MunicipalityAt(ReadOnlySpan<char> text, int at, char previous, bool townOrVillageAllowed)
    {
        foreach (var name in MayHoldKanaName(text, at, at + 7) ? s_kanaMunicipalities : [])
        {
            if (text[at..].StartsWith(name, StringComparison.Ordinal) && previous is '\0' or '郡')
            {
                return name.Length;
            }
        }

        var run = 0;
        while (at + run < text.Length && run < 8 && IsNameChar(text[at + run]))
        {
            run++;
        }

        if (run == 0 && townOrVillageAllowed)
        {
            return KanaMunicipalityLength(text, at); // 沖縄県うるま市, a name the list does not hold
        }

        if (run < 2)
        {
            return 0;
        }

        var candidate = text.Slice(at, run);

        // A designated city or a Tokyo ward at the start wins (中央区 inside 中央区銀座, 北九州市).
        for (var length = Math.Min(run, 5); length >= 2 && previous == '\0'; length--)
        {
            if (s_designatedCities.Contains(candidate[..length]) || s_tokyoWards.Contains(candidate[..length]))
            {
                return length;
            }
        }

        ReadOnlySpan<char> order = previous switch
        {
            '\0' => townOrVillageAllowed ? "市区郡町村" : "市区郡",
            '市' => "区",
            '郡' => "町村",
            _ => [],
        };
        foreach (var suffix in order)
        {
            var index = candidate[1..Math.Min(run, 6)].IndexOf(suffix);
            if (index >= 0)
            {
                var length = index + 2;
                if (!s_notMunicipalities.Contains(candidate[..(length - 1)]))
                {
                    return length;
                }
            }
        }

        return 0;
    }

    /// <summary>A municipality written in hiragana right after a prefecture (うるま市): two to six kana and 市, 町 or 村.</summary>
    private static int KanaMunicipalityLength(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < 6 && JapaneseScript.IsHiragana(text[i]))
        {
            i++;
        }

        return i - at >= 2 && i < text.Length && text[i] is '市' or '町' or '村' ? i + 1 - at : 0;
    }

    /// <summary>The town (町名, 大字) before the block numbers: kanji, katakana and が/ヶ/ノ/の between kanji.</summary>
    private static int TownLength(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < 14)
        {
            var c = text[i];
            if (JapaneseScript.IsKanjiNumeral(c) && KanjiBlockStarts(text, i))
            {
                break;
            }

            if (JapaneseScript.IsKanji(c) || JapaneseScript.IsKatakana(c))
            {
                i++;
            }
            else if (c is 'が' or 'ヶ' or 'ケ' or 'ノ' or 'の' && i > at && i + 1 < text.Length && JapaneseScript.IsKanji(text[i - 1]) && JapaneseScript.IsKanji(text[i + 1]))
            {
                i++;
            }
            else if (JapaneseScript.IsHiragana(c) && i > at && i + 2 < text.Length && JapaneseScript.IsKanji(text[i - 1])
                && text[i + 1] is 'が' or 'の' or 'ヶ' && JapaneseScript.IsKanji(text[i + 2]))
            {
                i += 2; // 美しが丘, 緑の丘: one kana of the name before が/の
            }
            else
            {
                break;
            }
        }

        return i - at;
    }

    /// <summary>A kanji numeral run followed by a block unit (三丁目, 二番地, 十五番) — not 三条 or 一番町.</summary>
    private static bool KanjiBlockStarts(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < 4 && JapaneseScript.IsKanjiNumeral(text[i]))
        {
            i++;
        }

        return UnitLength(text, i) > 0;
    }

    /// <summary>丁目, 番地, 番, 号, 条, 線, 地割 at <paramref name="at"/> (not 番目, 番号, 番町, 号線, 号室).</summary>
    private static int UnitLength(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        if (rest.StartsWith("丁目", StringComparison.Ordinal) || rest.StartsWith("番地", StringComparison.Ordinal)
            || rest.StartsWith("地割", StringComparison.Ordinal))
        {
            return 2;
        }

        if (rest.IsEmpty)
        {
            return 0;
        }

        var next = rest.Length > 1 ? rest[1] : '\0';
        return rest[0] switch
        {
            '番' when next is not ('目' or '号' or '町' or '組' or '手' or '台') => 1,
            '号' when next is not ('線' or '室' or '機' or '車' or '館' or '棟') => 1,
            '条' or '線' when char.IsAsciiDigit(next) || s_directions.Contains(next) => 1,
            _ => 0,
        };
    }

    private static int BareNumberLength(ReadOnlySpan<char> text, int at)
    {
        // A house number standing alone: followed by the end, a space, punctuation or a building name, not by 年, 人, 円…
        var length = NumberLength(text, at, out var kanji);
        var next = at + length < text.Length ? text[at + length] : ' ';
        var standsAlone = char.IsWhiteSpace(next) || next is '、' or '。' or ',' or ')' or '(' or '）' or '（' or '〇' || JapaneseScript.IsKatakana(next);
        return !kanji && length is > 0 and <= 4 && standsAlone ? length : 0;
    }

    private static int NumberLength(ReadOnlySpan<char> text, int at, out bool kanji)
    {
        var i = at;
        kanji = false;
        while (i < text.Length && i - at < 5 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i > at)
        {
            return i - at;
        }

        while (i < text.Length && i - at < 4 && JapaneseScript.IsKanjiNumeral(text[i]))
        {
            i++;
        }

        kanji = i > at;
        return i - at;
    }

    /// <summary>Block numbers: 1-2-3, 1丁目2番3号, 三丁目1番1号, 123番地の4, 1条西2丁目.</summary>
    private static int BlockLength(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        var parts = 0;
        var strong = false;
        while (i < text.Length)
        {
            var number = NumberLength(text, i, out var kanji);
            if (number == 0)
            {
                break;
            }

            var unit = UnitLength(text, i + number);
            if (kanji && unit == 0)
            {
                break; // a kanji numeral must carry its unit (三丁目), else it is a word (三条, 一番町)
            }

            var next = i + number + unit;
            parts++;
            strong |= unit > 0;
            if (next < text.Length && text[next] is '-' or 'の' or 'ノ' && next + 1 < text.Length
                && (char.IsAsciiDigit(text[next + 1]) || JapaneseScript.IsKanjiNumeral(text[next + 1])))
            {
                strong |= text[next] == '-';
                i = next + 1;
                continue;
            }

            i = next;
            if (unit > 0 && i + 1 < text.Length && s_directions.Contains(text[i]) && char.IsAsciiDigit(text[i + 1]))
            {
                i++; // 1条西2丁目
                continue;
            }

            if (unit > 0 && i < text.Length && (char.IsAsciiDigit(text[i]) || (JapaneseScript.IsKanjiNumeral(text[i]) && KanjiBlockStarts(text, i))))
            {
                continue; // 1丁目2-3, 三丁目1番1号
            }

            break;
        }

        return parts > 0 && strong ? i - at : 0;
    }

    /// <summary>Kyoto's intersections: a street (…通) and a turn (上る, 下る, 東入る, 西入る): 河原町通三条上る.</summary>
    private static int KyotoStreetLength(ReadOnlySpan<char> text, int at)
    {
        ReadOnlySpan<string> turns = ["東入る", "西入る", "東入ル", "西入ル", "上る", "下る", "上ル", "下ル", "東入", "西入"];
        var street = false;
        for (var i = at; i < text.Length && i - at < 20; i++)
        {
            if (street && i > at)
            {
                foreach (var turn in turns)
                {
                    if (text[i..].StartsWith(turn, StringComparison.Ordinal))
                    {
                        return i + turn.Length - at;
                    }
                }
            }

            var c = text[i];
            if (!(JapaneseScript.IsKanji(c) || JapaneseScript.IsKatakana(c) || c is 'ヶ' or 'ケ'))
            {
                return 0;
            }

            street |= c == '通' && i > at;
        }

        return 0;
    }

    /// <summary>
    /// A building and its room after the block numbers, with or without a space: a name ending in ビル, マンション, 荘…
    /// (パークビル), a name with a wing (A棟, II, 弐番館, 第2) and a room number (メゾン・ド・ソレイユ第2 201号,
    /// リバーサイドII103号室, コーポ弐番館903), or a floor or room alone (4F, 101号室, #101).
    /// </summary>
    private static int BuildingLength(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var nameEnd = i;
        var suffixEnd = -1;
        var katakana = false;
        while (nameEnd < text.Length && nameEnd - i < 30 && IsBuildingNameChar(text, i, nameEnd))
        {
            katakana |= JapaneseScript.IsKatakana(text[nameEnd]);
            nameEnd++;
            if (EndsWithBuildingSuffix(text, i, nameEnd))
            {
                suffixEnd = nameEnd;
            }
        }

        if (nameEnd == i)
        {
            var room = RoomLength(text, i, afterName: false);
            return room > 0 ? i + room - at : 0;
        }

        // A room number right after the whole name (with its wing) makes it a building even without a known suffix.
        var afterName = RoomLength(text, nameEnd, afterName: true);
        if (afterName > 0 && (suffixEnd > 0 || katakana))
        {
            return nameEnd + afterName - at;
        }

        if (suffixEnd < 0)
        {
            return 0;
        }

        var afterSuffix = RoomLength(text, suffixEnd, afterName: false);
        return suffixEnd + afterSuffix - at;
    }

    /// <summary>Kanji, katakana, Latin letters (II, A棟) and ・ or &amp; between them; a space only between Latin words.</summary>
    private static bool IsBuildingNameChar(ReadOnlySpan<char> text, int start, int at)
    {
        var c = text[at];
        return JapaneseScript.IsKanji(c) || JapaneseScript.IsKatakana(c) || char.IsAsciiLetter(c)
            || (c is '・' or '&' && at > start && at + 1 < text.Length && (JapaneseScript.IsKatakana(text[at + 1]) || char.IsAsciiLetter(text[at + 1])))
            || (c == ' ' && at + 1 < text.Length && char.IsAsciiLetter(text[at + 1]) && at > start && char.IsAsciiLetter(text[at - 1]));
    }

    private static bool EndsWithBuildingSuffix(ReadOnlySpan<char> text, int start, int end)
    {
        foreach (var suffix in s_buildingSuffixes)
        {
            if (end - start >= suffix.Length && text[(end - suffix.Length)..end].Equals(suffix, StringComparison.OrdinalIgnoreCase)
                && (end >= text.Length || !JapaneseScript.IsKatakana(text[end]) || suffix != "ビル"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A floor or room: 4F, 4階, B1F, 101号室, 101号, #101 (with an optional space before); after a building's name also
    /// bare digits (コーポ903) and a wing number with its room (第2 801号, 第2806).
    /// </summary>
    private static int RoomLength(ReadOnlySpan<char> text, int at, bool afterName)
    {
        var i = at;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] is '#' or 'B')
        {
            i++;
        }

        var digits = Digits(text, i);
        if (digits == 0)
        {
            return 0;
        }

        // 第2 801号: the wing's number, a space, then the room.
        if (afterName && at > 0 && text[at - 1] == '第' && digits <= 2 && i + digits + 1 < text.Length && text[i + digits] == ' ')
        {
            var room = Digits(text, i + digits + 1);
            if (room is >= 2 and <= 5)
            {
                i += digits + 1;
                digits = room;
            }
        }

        var end = i + digits;
        var unit = RoomUnitLength(text[end..]);
        if (unit < 0)
        {
            var bare = text[at] == '#' || (i > 0 && text[i - 1] == '#') || (afterName && digits >= 2);
            if (!bare || (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '.' or ':' or '/')))
            {
                return 0;
            }

            unit = 0;
        }

        return end + unit - at;
    }

    private static int Digits(ReadOnlySpan<char> text, int at)
    {
        var digits = 0;
        while (at + digits < text.Length && digits < 6 && char.IsAsciiDigit(text[at + digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 5 ? digits : 0;
    }

    /// <summary>号室, 号, F or 階 after a room number; -1 when none follows.</summary>
    private static int RoomUnitLength(ReadOnlySpan<char> rest) =>
        rest.StartsWith("号室", StringComparison.Ordinal) ? 2
        : rest.StartsWith("F", StringComparison.Ordinal) || rest.StartsWith("階", StringComparison.Ordinal) || rest.StartsWith("号", StringComparison.Ordinal) ? 1
        : -1;

    private struct Parsed
    {
        public int Start;
        public int End;
        public bool HasPrefecture;
        public int Municipalities;
        public bool WellKnownMunicipality;
        public bool HasTown;
        public bool HasBlock;
        public bool HasBuilding;
    }
}
