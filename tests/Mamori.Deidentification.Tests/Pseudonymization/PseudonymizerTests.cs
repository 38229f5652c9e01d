using System.Text.Json;
using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Pseudonymization;
using Mamori.Deidentification.Redaction;
using Mamori.Detection;
using Xunit;

namespace Mamori.Deidentification.Tests.Pseudonymization;

public sealed class PseudonymizerTests
{
    private static readonly KeyRing s_keys = KeyRing.FromKey("run1", Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    private static readonly string[] s_customerHeader = ["会員番号", "氏名", "電話番号", "マイナンバー", "カード番号", "生年月日", "都道府県", "備考"];

    private static PseudonymizationPlan CustomerPlan() => PseudonymizationPlan.FromClassification(
        s_customerHeader,
        new Dictionary<string, string?>
        {
            ["氏名"] = EntityTypes.PersonName,
            ["電話番号"] = EntityTypes.PhoneNumber,
            ["マイナンバー"] = EntityTypes.MyNumber,
            ["カード番号"] = EntityTypes.CreditCard,
            ["生年月日"] = EntityTypes.DateOfBirth,
        },
        new HashSet<string> { "会員番号" },
        new HashSet<string> { "備考" });

    [Fact]
    public void FromClassification_AppliesRulesArticle31()
    {
        var plan = CustomerPlan();

        var actions = plan.Columns.ToDictionary(c => c.Column, c => c.Action);
        Assert.Equal(ColumnAction.Pseudonymize, actions["会員番号"]);
        Assert.Equal(ColumnAction.Delete, actions["氏名"]);
        Assert.Equal(ColumnAction.Delete, actions["電話番号"]);
        Assert.Equal(ColumnAction.Delete, actions["マイナンバー"]);
        Assert.Equal(ColumnAction.Delete, actions["カード番号"]);
        Assert.Equal(ColumnAction.Keep, actions["生年月日"]);
        Assert.Equal(ColumnAction.Keep, actions["都道府県"]);
        Assert.Equal(ColumnAction.RedactText, actions["備考"]);
        Assert.Contains("第2号", plan.Columns.Single(c => c.Column == "マイナンバー").Reason, StringComparison.Ordinal);
        Assert.Contains("第3号", plan.Columns.Single(c => c.Column == "カード番号").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_CustomerAndPurchaseTables_StillJoinOnThePseudonym()
    {
        using var detector = new PiiDetector(new DetectorOptions { EnablePersonNames = false });
        var customers = new Pseudonymizer(CustomerPlan(), s_keys, new TextRedactor(detector, RedactionProfile.ReplaceAll));
        var purchases = new Pseudonymizer(
            PseudonymizationPlan.FromClassification(["会員番号", "商品", "金額"], new Dictionary<string, string?>(), new HashSet<string> { "会員番号" }),
            s_keys);
        var deleted = new DeletedInformation();

        var customer = customers.Transform(["M0001", "山田太郎", "090-1234-5678", "621498320257", "4111111111111111", "1985-04-01", "東京都", "折返し 090-1234-5678 まで"], deleted);
        var purchase = purchases.Transform(["M0001", "緑茶", "1980"], deleted);

        Assert.Equal(["会員番号", "生年月日", "都道府県", "備考"], customers.OutputHeader);
        Assert.Equal(customer[0], purchase[0]);
        Assert.Matches("^P[0-9a-f]{20}$", customer[0]);
        Assert.Equal(["1985-04-01", "東京都", "折返し <電話番号> まで"], customer[1..]);
        Assert.Equal("M0001", deleted.Pseudonyms[customer[0]]);
    }

    [Fact]
    public void Transform_RowOfWrongWidth_IsRefused()
    {
        var pseudonymizer = new Pseudonymizer(
            PseudonymizationPlan.FromClassification(["会員番号", "商品"], new Dictionary<string, string?>(), new HashSet<string> { "会員番号" }), s_keys);

        var ex = Assert.Throws<ArgumentException>(() => pseudonymizer.Transform(["M0001"], new DeletedInformation()));
        Assert.Contains("2 columns", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeletedInformation_Save_IsOwnerOnlyAndHoldsMethodAndMapping()
    {
        var folder = Directory.CreateTempSubdirectory("mamori-pseudo-").FullName;
        try
        {
            var deleted = new DeletedInformation();
            deleted.Record("P0123", "M0001");
            var path = Path.Combine(folder, "deleted.json");

            deleted.Save(path, "run1", new Dictionary<string, PseudonymizationPlan> { ["customers.csv"] = CustomerPlan() });

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal("run1", json.RootElement.GetProperty("key_id").GetString());
            Assert.Equal("M0001", json.RootElement.GetProperty("pseudonyms").GetProperty("P0123").GetString());
            Assert.Equal(8, json.RootElement.GetProperty("tables")[0].GetProperty("columns").GetArrayLength());
            Assert.Throws<IOException>(() => deleted.Save(path, "run1", new Dictionary<string, PseudonymizationPlan>()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
