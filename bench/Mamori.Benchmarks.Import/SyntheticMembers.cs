using System.Globalization;
using System.Text;

namespace Mamori.Benchmarks.Import;

/// <summary>
/// A synthetic EC member export (futureshop-like headers), generated row by row from a seed: member ids
/// <c>M0000001…</c>, e-mail addresses <c>member{n}@example.jp</c>, numbers and addresses drawn from small
/// lists. Every value is made up; the file is generated for each run and never committed.
/// </summary>
internal static class SyntheticMembers
{
    public static readonly string[] Header =
        ["会員ID", "姓", "名", "セイ", "メイ", "メールアドレス", "電話番号", "郵便番号", "都道府県", "市区町村", "番地", "建物名", "生年月日", "性別", "保有ポイント", "メルマガ配信"];

    private static readonly (string Kanji, string Kana)[] s_surnames =
    [
        ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"),
        ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"),
    ];

    private static readonly (string Kanji, string Kana)[] s_given =
    [
        ("太郎", "タロウ"), ("花子", "ハナコ"), ("健太", "ケンタ"), ("美咲", "ミサキ"), ("大輔", "ダイスケ"), ("陽子", "ヨウコ"), ("翔", "ショウ"), ("結衣", "ユイ"),
    ];

    private static readonly (string Prefecture, string City, string Town, string Postal)[] s_places =
    [
        ("東京都", "新宿区", "西新宿", "160-0023"), ("神奈川県", "横浜市港北区", "日吉", "223-0061"), ("大阪府", "大阪市北区", "梅田", "530-0001"),
        ("愛知県", "名古屋市中区", "三の丸", "460-0001"), ("福岡県", "福岡市博多区", "博多駅前", "812-0011"), ("北海道", "札幌市中央区", "北一条西", "060-0001"),
    ];

    /// <summary>The e-mail address of member <paramref name="n"/> (1-based).</summary>
    public static string Email(long n) => string.Create(CultureInfo.InvariantCulture, $"member{n}@example.jp");

    public static void Write(string path, long rows, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20);
        writer.Write(string.Join(',', Header));
        writer.Write("\r\n");
        var line = new StringBuilder(256);
        for (long n = 1; n <= rows; n++)
        {
            var surname = s_surnames[random.Next(s_surnames.Length)];
            var given = s_given[random.Next(s_given.Length)];
            var place = s_places[random.Next(s_places.Length)];
            var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55));
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"M{n:D7},{surname.Kanji},{given.Kanji},{surname.Kana},{given.Kana},{Email(n)},");
            line.Append(CultureInfo.InvariantCulture, $"090-{random.Next(1000, 10000)}-{random.Next(0, 10000):D4},{place.Postal},{place.Prefecture},{place.City},");
            line.Append(CultureInfo.InvariantCulture, $"{place.Town}{random.Next(1, 10)}-{random.Next(1, 30)}-{random.Next(1, 20)},");
            line.Append(random.Next(3) == 0 ? string.Create(CultureInfo.InvariantCulture, $"メゾン{random.Next(100, 999)}") : string.Empty).Append(',');
            line.Append(CultureInfo.InvariantCulture, $"{birth:yyyy/MM/dd},{(random.Next(2) == 0 ? "女" : "男")},{random.Next(0, 5000)},{(random.Next(2) == 0 ? "希望する" : "希望しない")}\r\n");
            writer.Write(line);
        }
    }
}
