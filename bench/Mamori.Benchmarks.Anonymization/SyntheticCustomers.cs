using System.Globalization;
using Mamori.Deidentification.Anonymization;

namespace Mamori.Benchmarks.Anonymization;

/// <summary>
/// A synthetic customer table with a fixed seed: ten columns, the five classic quasi-identifiers
/// (age, gender, address, postal code, date of birth) among them. Nothing in it is real.
/// </summary>
internal static class SyntheticCustomers
{
    public static readonly string[] Header =
        ["customer_id", "name", "age", "gender", "address", "postal_code", "birth_date", "income", "diagnosis", "purchases"];

    private static readonly (string Name, int Weight, string[] Cities)[] s_prefectures =
    [
        ("北海道", 52, ["札幌市"]), ("青森県", 12, []), ("岩手県", 12, []), ("宮城県", 23, ["仙台市"]), ("秋田県", 10, []),
        ("山形県", 11, []), ("福島県", 18, []), ("茨城県", 29, []), ("栃木県", 19, []), ("群馬県", 19, []),
        ("埼玉県", 73, ["さいたま市"]), ("千葉県", 63, ["千葉市"]), ("東京都", 140, []), ("神奈川県", 92, ["横浜市", "川崎市", "相模原市"]),
        ("新潟県", 22, ["新潟市"]), ("富山県", 10, []), ("石川県", 11, []), ("福井県", 8, []), ("山梨県", 8, []),
        ("長野県", 20, []), ("岐阜県", 20, []), ("静岡県", 36, ["静岡市", "浜松市"]), ("愛知県", 75, ["名古屋市"]),
        ("三重県", 18, []), ("滋賀県", 14, []), ("京都府", 26, ["京都市"]), ("大阪府", 88, ["大阪市", "堺市"]),
        ("兵庫県", 55, ["神戸市"]), ("奈良県", 13, []), ("和歌山県", 9, []), ("鳥取県", 6, []), ("島根県", 7, []),
        ("岡山県", 19, ["岡山市"]), ("広島県", 28, ["広島市"]), ("山口県", 13, []), ("徳島県", 7, []), ("香川県", 10, []),
        ("愛媛県", 13, []), ("高知県", 7, []), ("福岡県", 51, ["北九州市", "福岡市"]), ("佐賀県", 8, []), ("長崎県", 13, []),
        ("熊本県", 17, ["熊本市"]), ("大分県", 11, []), ("宮崎県", 11, []), ("鹿児島県", 16, []), ("沖縄県", 15, []),
    ];

    private static readonly string[] s_nameParts1 = ["北", "南", "東", "西", "中", "大", "小", "新", "本", "上", "下", "高", "長", "松", "桜"];
    private static readonly string[] s_nameParts2 = ["山", "川", "田", "野", "原", "島", "沢", "崎", "浜", "岡", "森", "谷"];
    private static readonly string[] s_wards = ["中央区", "北区", "南区", "東区", "西区", "港北区", "緑区", "青葉区", "若葉区", "花見区"];
    private static readonly string[] s_diagnoses = ["高血圧症", "糖尿病", "脂質異常症", "喘息", "花粉症", "腰痛症", "胃炎", "不眠症", "うつ病", "なし", "なし", "なし"];
    private static readonly string[] s_familyNames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"];
    private static readonly string[] s_givenNames = ["太郎", "花子", "一郎", "美咲", "翔", "陽菜", "健", "結衣", "大輔", "さくら"];

    public static ColumnarTable Create(int rows, int seed)
    {
        var random = new Random(seed);
        var invariant = CultureInfo.InvariantCulture;
        var totalWeight = 0;
        foreach (var prefecture in s_prefectures)
        {
            totalWeight += prefecture.Weight;
        }

        var reference = new DateOnly(2025, 4, 1);
        var builder = new ColumnarTableBuilder(Header, rows);
        var row = new string[Header.Length];
        for (var r = 0; r < rows; r++)
        {
            var pick = random.Next(totalWeight);
            var p = 0;
            while (pick >= s_prefectures[p].Weight)
            {
                pick -= s_prefectures[p].Weight;
                p++;
            }

            var (prefecture, _, cities) = s_prefectures[p];
            string municipality;
            int municipalityIndex;
            if (cities.Length > 0 && random.Next(3) == 0)
            {
                var city = random.Next(cities.Length);
                var ward = random.Next(s_wards.Length);
                municipality = cities[city] + s_wards[ward];
                municipalityIndex = 50 + (city * 10) + ward;
            }
            else if (prefecture == "東京都")
            {
                municipalityIndex = random.Next(23);
                municipality = s_nameParts1[municipalityIndex % 15] + s_nameParts2[municipalityIndex % 12] + "区";
            }
            else
            {
                municipalityIndex = random.Next(30);
                municipality = s_nameParts1[municipalityIndex % 15] + s_nameParts2[(municipalityIndex * 7) % 12] + (municipalityIndex % 4 == 3 ? "町" : "市");
            }

            var age = Math.Min(104, (int)Math.Abs((random.NextDouble() + random.NextDouble() + random.NextDouble()) / 3 * 100 - 5 + random.Next(10)));
            var birth = reference.AddYears(-age).AddDays(-random.Next(365));
            var postal = ((p * 19) + 100) % 900 + 100;
            row[0] = "C" + r.ToString("D8", invariant);
            row[1] = s_familyNames[random.Next(s_familyNames.Length)] + " " + s_givenNames[random.Next(s_givenNames.Length)];
            row[2] = age.ToString(invariant);
            row[3] = random.Next(100) switch { < 49 => "男性", < 98 => "女性", _ => "その他" };
            row[4] = string.Create(invariant, $"{prefecture}{municipality}{random.Next(1, 10)}丁目{random.Next(1, 31)}番{random.Next(1, 21)}号");
            row[5] = string.Create(invariant, $"{postal:D3}-{(municipalityIndex * 37) % 100:D2}{random.Next(100):D2}");
            row[6] = birth.ToString("yyyy-MM-dd", invariant);
            row[7] = (random.Next(0, 200) * 50_000).ToString(invariant);
            row[8] = s_diagnoses[random.Next(s_diagnoses.Length)];
            row[9] = random.Next(0, 50).ToString(invariant);
            builder.AddRow(row);
        }

        return builder.Build();
    }
}
