using System.Globalization;
using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;

namespace Mamori.Deidentification.Tests.Anonymization;

/// <summary>Small random patient tables (fixed seeds) whose values repeat enough to make the search non-trivial.</summary>
internal static class RandomPatients
{
    public static readonly string[] Header = ["patient_id", "name", "age", "gender", "postal_code", "address", "diagnosis", "visits"];

    private static readonly string[] s_addresses =
    [
        "東京都千代田区千代田1", "東京都新宿区西新宿2", "東京都八王子市元本郷町3", "神奈川県横浜市港北区日吉4", "神奈川県横浜市青葉区5",
        "神奈川県鎌倉市御成町6", "大阪府大阪市北区梅田7", "大阪府堺市堺区8", "京都府宇治市9", "北海道札幌市中央区10", "北海道函館市11",
        "福岡県福岡市博多区12", "沖縄県那覇市13",
    ];

    private static readonly string[] s_diagnoses = ["高血圧症", "糖尿病", "喘息", "胃炎", "花粉症", "腰痛症"];

    public static string[][] Rows(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new string[count][];
        for (var r = 0; r < count; r++)
        {
            var region = random.Next(4);
            rows[r] =
            [
                "P" + r.ToString("D5", CultureInfo.InvariantCulture),
                "患者" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
                (18 + random.Next(80)).ToString(CultureInfo.InvariantCulture),
                random.Next(2) == 0 ? "男性" : "女性",
                string.Create(CultureInfo.InvariantCulture, $"{(region * 2) + 1}{random.Next(3)}{random.Next(2)}-{random.Next(3)}{random.Next(10)}{random.Next(10)}{random.Next(10)}"),
                s_addresses[random.Next(s_addresses.Length)],
                s_diagnoses[random.Next(s_diagnoses.Length)],
                random.Next(12).ToString(CultureInfo.InvariantCulture),
            ];
        }

        return rows;
    }

    public static ColumnarTable Table(string[][] rows) => ColumnarTable.FromRows(Header, rows);

    public static AnonymizationOptions Options(int k) => new()
    {
        K = k,
        IdentifierColumns = ["patient_id", "name"],
        QuasiIdentifiers =
        [
            new QuasiIdentifier("age", new AgeHierarchy()),
            new QuasiIdentifier("gender", new CategoricalHierarchy("性別")),
            new QuasiIdentifier("postal_code", new PostalCodeHierarchy()),
            new QuasiIdentifier("address", new JapaneseAddressHierarchy()),
        ],
        SensitiveColumns = ["diagnosis"],
        InsensitiveColumns = ["visits"],
        ShuffleSeed = 7,
    };
}
