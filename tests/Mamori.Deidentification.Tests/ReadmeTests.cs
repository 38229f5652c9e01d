using Mamori.Deidentification.Anonymization;
using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests;

/// <summary>The project README's code example is this file's example, and it runs.</summary>
public sealed class ReadmeTests
{
    private const string Start = "        // readme-example-start";
    private const string End = "        // readme-example-end";

    [Fact]
    public void ReadmeExample_Runs_AndReachesKAndL()
    {
#pragma warning disable xUnit1051 // The README shows the call without a test's cancellation token.
        // readme-example-start
        var builder = new ColumnarTableBuilder(["customer_id", "name", "age", "gender", "address", "diagnosis"]);
        builder.AddRow("C001", "佐藤 太郎", "34", "男性", "神奈川県横浜市港北区日吉1-2-3", "高血圧症");
        builder.AddRow("C002", "鈴木 花子", "36", "女性", "神奈川県横浜市青葉区青葉台2-1", "糖尿病");
        builder.AddRow("C003", "高橋 一郎", "31", "男性", "神奈川県川崎市中原区小杉町3-4", "喘息");
        builder.AddRow("C004", "田中 美咲", "38", "女性", "東京都千代田区千代田1-1", "高血圧症");
        builder.AddRow("C005", "伊藤 翔", "33", "男性", "東京都新宿区西新宿2-8-1", "胃炎");
        builder.AddRow("C006", "渡辺 結衣", "39", "女性", "東京都八王子市元本郷町3-24-1", "喘息");
        var table = builder.Build();

        var result = Anonymizer.Anonymize(table, new AnonymizationOptions
        {
            K = 2,
            IdentifierColumns = ["customer_id", "name"],
            QuasiIdentifiers =
            [
                new QuasiIdentifier("age", new AgeHierarchy()),
                new QuasiIdentifier("gender", new CategoricalHierarchy("性別")),
                new QuasiIdentifier("address", new JapaneseAddressHierarchy()),
            ],
            SensitiveColumns = ["diagnosis"],
            LDiversity = new LDiversity("diagnosis", 2),
        });

        var anonymised = result.Table;          // customer_id and name gone, the rest generalised
        var levels = result.Transformation;     // e.g. age=band_10, gender=*, address=prefecture
        var json = result.Report.ToJson();      // English keys, Japanese descriptions
        // readme-example-end
#pragma warning restore xUnit1051

        Assert.Equal(["age", "gender", "address", "diagnosis"], anonymised.ColumnNames);
        Assert.Equal(3, levels.Count);
        var (minSize, minDistinct, _) = Anonymization.IndependentCheck.Measure(anonymised, ["age", "gender", "address"], "diagnosis", skipAllStars: false);
        Assert.True(minSize >= 2);
        Assert.True(minDistinct >= 2);
        Assert.Contains("\"published_items\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_CSharpBlock_IsTheTestedExample()
    {
        var root = FindRepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "src", "Mamori.Deidentification", "README.md"));
        var blockStart = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(blockStart >= 0, "the README has no C# example");
        blockStart += "```csharp\n".Length;
        var block = readme[blockStart..readme.IndexOf("```", blockStart, StringComparison.Ordinal)];

        var source = File.ReadAllText(Path.Combine(root, "tests", "Mamori.Deidentification.Tests", "ReadmeTests.cs"));
        var exampleStart = source.IndexOf(Start + "\n", StringComparison.Ordinal) + Start.Length + 1;
        var example = source[exampleStart..source.IndexOf(End, exampleStart, StringComparison.Ordinal)];

        Assert.Equal(Lines(block, 0), Lines(example, 8));
    }

    private static List<string> Lines(string text, int indent) =>
        [.. text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => l[Math.Min(indent, l.Length - l.TrimStart().Length)..])];

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mamori.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mamori.slnx not found above the test binaries.");
    }
}
