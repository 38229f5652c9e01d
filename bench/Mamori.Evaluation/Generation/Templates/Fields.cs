using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>Pieces the templates share: labelled values in their many written forms.</summary>
internal static class Fields
{
    public static readonly DateOnly Today = new(2024, 6, 14);

    /// <summary>A key-value separator as forms write it.</summary>
    public static string Sep(GenerationContext c) => c.Pick("：", "：", "：", ": ", "　", " ");

    /// <summary>A phone number in one of its forms, possibly +81 or full-width.</summary>
    public static string Phone(GenerationContext c, string hyphenated)
    {
        if (hyphenated.StartsWith("0120", StringComparison.Ordinal) || hyphenated.StartsWith("0570", StringComparison.Ordinal) || hyphenated.StartsWith("0800", StringComparison.Ordinal))
        {
            return c.Width(hyphenated);
        }

        if (c.Chance(0.08))
        {
            return c.Ids.International(hyphenated);
        }

        var form = c.Ids.PhoneForm(hyphenated, c.Profile.Unseen);
        if (!c.Chance(c.Profile.FullWidthRate))
        {
            return form;
        }

        return c.Profile.Unseen && c.Chance(0.4) && form.Contains('-', StringComparison.Ordinal)
            ? Widths.ToFullWidthWithChoonpu(form)
            : Widths.ToFullWidth(form);
    }

    /// <summary>A personal phone: mostly mobile, sometimes fixed-line or 050.</summary>
    public static string PersonalPhone(GenerationContext c) => Phone(c, c.Random.Number(0, 9) switch
    {
        <= 5 => c.Ids.MobilePhone(),
        <= 8 => c.Ids.FixedPhone(),
        _ => c.Ids.IpPhone(),
    });

    /// <summary>A date of birth in one of the written styles.</summary>
    public static string BirthDate(GenerationContext c, DateOnly birth)
    {
        var roll = c.Random.Number(0, 19);
        var style = roll switch
        {
            <= 5 => DateStyle.Kanji,
            <= 8 => DateStyle.Slash,
            <= 13 => DateStyle.Era,
            <= 16 => DateStyle.EraLetterDots,
            17 => DateStyle.Iso,
            18 => DateStyle.SlashShort,
            _ => c.Profile.Unseen ? DateStyle.EraLetterSlash : DateStyle.Kanji,
        };
        var text = JapaneseDates.Format(birth, style);
        return c.Chance(c.Profile.FullWidthRate) ? Widths.ToFullWidth(text) : text;
    }

    /// <summary>A date that is not a birth date (order dates, visit dates).</summary>
    public static void PlainDate(DocumentBuilder b, GenerationContext c, DateOnly date) =>
        b.Distractor(DistractorKinds.PlainDate, JapaneseDates.Format(date, c.Pick(DateStyle.Kanji, DateStyle.Slash, DateStyle.Kanji, DateStyle.Era)));

    /// <summary>A recent date.</summary>
    public static DateOnly RecentDate(GenerationContext c) => Today.AddDays(-c.Random.Number(0, 600));

    /// <summary>A time of day (14:32, 9時30分).</summary>
    public static string TimeOfDay(GenerationContext c) => c.Random.Bool()
        ? $"{c.Random.Number(8, 20)}:{c.Random.Number(0, 59):00}"
        : $"{c.Random.Number(8, 20)}時{c.Pick("", "30分", "15分", "半")}";

    /// <summary>A person's name written whole, spaced, or (rarely) surname only.</summary>
    public static string NameText(GenerationContext c, Person person, bool allowSurnameOnly = false)
    {
        var roll = c.Random.Number(0, 9);
        if (allowSurnameOnly && roll == 0)
        {
            return person.Surname.Kanji;
        }

        return roll <= 6 ? person.FullName : person.SpacedName(ideographic: roll >= 9);
    }

    /// <summary>Writes a name followed by an honorific (様, さん, 氏, 殿) — the honorific is not part of the entity.</summary>
    public static void NameWithHonorific(DocumentBuilder b, GenerationContext c, Person person, string honorific, bool allowSurnameOnly = false) =>
        b.Entity(EntityTypes.PersonName, NameText(c, person, allowSurnameOnly)).Add(honorific);

    /// <summary>A price as a distractor (¥12,800 or 12,800円).</summary>
    public static void Price(DocumentBuilder b, GenerationContext c)
    {
        var amount = c.Random.Number(3, 4999) * 10 + (c.Random.Bool() ? 0 : 8 * 10);
        var text = amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        b.Distractor(DistractorKinds.Price, c.Random.Bool() ? "¥" + text : text + "円");
    }

    /// <summary>A product name for orders and inquiries.</summary>
    public static string Product(GenerationContext c) => c.Pick(
        "ワイヤレスイヤホン", "電気ケトル", "ハンドクリーム", "ランニングシューズ", "コーヒー豆（深煎り）", "加湿器", "ノートPCスタンド",
        "羽毛布団", "炊飯器", "抹茶ラテセット", "ベビーカー", "折りたたみ傘", "プロテイン", "キャンプ用チェア");

    /// <summary>A shop with its domain.</summary>
    public static (string Name, string Domain) Shop(GenerationContext c) => c.Pick(
        ("みらい商店", "mirai-shop.jp"), ("サクラ生活館", "sakura-seikatsu.co.jp"), ("あおぞらマーケット", "aozora-market.jp"),
        ("北斗ストア", "hokuto-store.com"), ("こもれびオンライン", "komorebi.shop"), ("ひだまり雑貨店", "hidamari-zakka.jp"));
}
