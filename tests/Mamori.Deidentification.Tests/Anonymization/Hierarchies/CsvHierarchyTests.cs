using Mamori.Deidentification.Anonymization.Hierarchies;
using Xunit;

namespace Mamori.Deidentification.Tests.Anonymization.Hierarchies;

public sealed class CsvHierarchyTests
{
    [Fact]
    public void Parse_ArxStyleSemicolons_ReadsEveryLevelAndAddsTheStar()
    {
        var hierarchy = CsvHierarchy.Parse(new StringReader("インフルエンザ;呼吸器;感染症\n肺炎;呼吸器;感染症\n胃炎;消化器;その他\n"));

        Assert.Equal(4, hierarchy.LevelCount);
        Assert.Equal(["肺炎", "呼吸器", "感染症", "*"], HierarchyAssert.Labels(hierarchy, "肺炎"));
        Assert.Equal("suppressed", hierarchy.Levels[^1].Key);
        Assert.Equal("利用者定義の階層（第1段階）", hierarchy.Levels[1].Description);
    }

    [Fact]
    public void Parse_LastColumnOneLabel_IsTheTop()
    {
        var hierarchy = CsvHierarchy.Parse(new StringReader("a,x,*\nb,x,*\nc,y,*\n"));

        Assert.Equal(3, hierarchy.LevelCount);
        Assert.Equal(["c", "y", "*"], HierarchyAssert.Labels(hierarchy, "c"));
    }

    [Fact]
    public void Parse_QuotedFieldsAndBlankLines_AreRead()
    {
        var hierarchy = CsvHierarchy.Parse(new StringReader("\"a,1\",\"x \"\"q\"\"\"\n\n b , y \n"));

        Assert.Equal(["a,1", "x \"q\"", "*"], HierarchyAssert.Labels(hierarchy, "a,1"));
        Assert.Equal(["b", "y", "*"], HierarchyAssert.Labels(hierarchy, "b"));
    }

    [Fact]
    public void Parse_SingleColumn_IsValueThenStar()
    {
        var hierarchy = CsvHierarchy.Parse(new StringReader("男性\n女性\n"));

        Assert.Equal(["女性", "*"], HierarchyAssert.Labels(hierarchy, "女性"));
    }

    [Fact]
    public void TryGeneralize_UnlistedValue_ReturnsFalse()
    {
        var hierarchy = CsvHierarchy.Parse(new StringReader("a;x\n"));

        Assert.False(hierarchy.TryGeneralize("zzz", new string[hierarchy.LevelCount]));
    }

    [Theory]
    [InlineData("a;x;*\nb;y\n", 2, "has 2 fields but line 1 has 3")]
    [InlineData("a;x\n\nb;x\na;y\n", 4, "same value as line 1")]
    [InlineData("a;x\nb;\n", 2, "field 2 is empty")]
    [InlineData("a;x;p\nb;x;q\n", 2, "field 2 equals field 2 of line 1 but field 3 differs")]
    [InlineData("a;x\n\"b;y\n", 2, "quoted field is not closed")]
    [InlineData("a;x\n\"b\"c;y\n", 2, "text follows a closing quote")]
    public void Parse_Malformed_ThrowsWithTheLineNumber(string csv, int line, string expected)
    {
        var exception = Assert.Throws<HierarchyFormatException>(() => CsvHierarchy.Parse(new StringReader(csv)));

        Assert.Equal(line, exception.LineNumber);
        Assert.Contains($"line {line}:", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedRow_MessageHoldsNoValue()
    {
        var exception = Assert.Throws<HierarchyFormatException>(() => CsvHierarchy.Parse(new StringReader("HIV陽性;血液;感染症\nHIV陽性;血液;感染症\n")));

        Assert.DoesNotContain("HIV", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_Throws()
    {
        var exception = Assert.Throws<HierarchyFormatException>(() => CsvHierarchy.Parse(new StringReader("\n \n")));

        Assert.Contains("no rows", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileWithBom_ReadsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mamori-hierarchy-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "東京都;関東\n大阪府;近畿\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var hierarchy = CsvHierarchy.Load(path);

            Assert.Equal(["東京都", "関東", "*"], HierarchyAssert.Labels(hierarchy, "東京都"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
