using System.Globalization;
using System.Text;

namespace Mamori.Cli.Tests.Anonymize;

/// <summary>
/// A synthetic member table (fixed seed): 会員番号, 氏名, 電話番号, メール, マイナンバー (valid check
/// digits), 生年月日, 性別, 住所, 郵便番号, 購入金額, 病歴. Every value is made up.
/// </summary>
internal static class MemberTable
{
    public static readonly string[] Header = ["会員番号", "氏名", "電話番号", "メール", "マイナンバー", "生年月日", "性別", "住所", "郵便番号", "購入金額", "病歴"];

    public static readonly string[] QuasiIdentifiers = ["生年月日", "性別", "住所", "郵便番号"];

    public static readonly string[] Identifiers = ["会員番号", "氏名", "電話番号", "メール", "マイナンバー"];

    public static readonly string[] Diseases = ["高血圧症", "糖尿病", "喘息", "胃炎", "花粉症", "腰痛症", "なし"];

    private static readonly string[] s_surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "清水"];
    private static readonly string[] s_givenNames = ["太郎", "花子", "一郎", "美咲", "翔", "結衣", "健太", "陽子", "大輔", "恵", "直樹", "由美", "拓也", "剛"];

    private static readonly (string Address, string Postal)[] s_places =
    [
        ("東京都新宿区西新宿", "160"), ("神奈川県横浜市港北区日吉", "223"), ("大阪府大阪市北区梅田", "530"),
        ("埼玉県さいたま市浦和区高砂", "330"), ("千葉県千葉市中央区市場町", "260"), ("東京都八王子市元本郷町", "192"),
        ("神奈川県川崎市中原区小杉町", "211"), ("愛知県名古屋市中区三の丸", "460"), ("福岡県福岡市博多区博多駅前", "812"),
        ("北海道札幌市中央区北一条西", "060"),
    ];

    public static List<string[]> Rows(int count = 300, int seed = 20260401)
    {
        var random = new Random(seed);
        var rows = new List<string[]>(count);
        for (var i = 1; i <= count; i++)
        {
            var (address, postal) = s_places[random.Next(s_places.Length)];
            rows.Add(
            [
                string.Create(CultureInfo.InvariantCulture, $"M{i:D5}"),
                s_surnames[random.Next(s_surnames.Length)] + " " + s_givenNames[random.Next(s_givenNames.Length)],
                string.Create(CultureInfo.InvariantCulture, $"090-{random.Next(1000, 10000)}-{random.Next(1000, 10000)}"),
                string.Create(CultureInfo.InvariantCulture, $"member{i}@example.com"),
                MyNumber(random),
                string.Create(CultureInfo.InvariantCulture, $"{random.Next(1940, 2006)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}"),
                random.Next(2) == 0 ? "男性" : "女性",
                string.Create(CultureInfo.InvariantCulture, $"{address}{random.Next(1, 6)}-{random.Next(1, 31)}-{random.Next(1, 21)}"),
                string.Create(CultureInfo.InvariantCulture, $"{postal}-{random.Next(0, 10000):D4}"),
                random.Next(500, 200_000).ToString(CultureInfo.InvariantCulture),
                Diseases[random.Next(Diseases.Length)],
            ]);
        }

        return rows;
    }

    /// <summary>Writes the table as CSV (values never need quoting here).</summary>
    public static string Write(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows, Encoding? encoding = null, string newLine = "\n")
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', header)).Append(newLine);
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row)).Append(newLine);
        }

        encoding ??= new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllBytes(path, encoding.GetBytes(text.ToString()));
        return path;
    }

    /// <summary>A 12-digit number with a valid My Number check digit.</summary>
    private static string MyNumber(Random random)
    {
        var digits = new int[11];
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = random.Next(i == 0 ? 1 : 0, 10);
        }

        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = digits[11 - n];
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }

        var remainder = sum % 11;
        var check = remainder <= 1 ? 0 : 11 - remainder;
        return string.Concat(digits.Select(d => d.ToString(CultureInfo.InvariantCulture))) + check.ToString(CultureInfo.InvariantCulture);
    }
}
