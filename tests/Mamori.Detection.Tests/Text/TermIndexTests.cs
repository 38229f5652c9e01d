using Mamori.Detection.Text;
using Xunit;

namespace Mamori.Detection.Tests.Text;

public sealed class TermIndexTests
{
    private static readonly TermIndex s_index = new(["糖尿病", "がん", "抗がん剤", "身体障害者手帳", "障害者手帳", "ぜんそく", "HIV", "criminal record"]);

    [Fact]
    public void FindAll_JapaneseTerms_FindsEachWithItsStart()
    {
        const string text = "母は糖尿病とぜんそくで、抗がん剤も使う";

        Assert.Equal([(2, "糖尿病"), (6, "ぜんそく"), (12, "抗がん剤")], Find(text));
    }

    [Fact]
    public void FindAll_OverlappingTerms_KeepsTheEarliestAndLongest()
    {
        Assert.Equal([(0, "身体障害者手帳")], Find("身体障害者手帳あり"));
    }

    [Theory]
    [InlineData("The patient has hiv.", 16, "HIV")]
    [InlineData("no Criminal Record here", 3, "criminal record")]
    public void FindAll_EnglishTerms_MatchWholeWordsIgnoringCase(string text, int start, string term)
    {
        Assert.Equal([(start, term)], Find(text));
    }

    [Theory]
    [InlineData("archive")]
    [InlineData("糖尿")]
    [InlineData("HIVE")]
    public void FindAll_TextWithoutATerm_FindsNothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void FindAll_TermInsideAnotherWord_IsLeftToTheCaller()
    {
        // がん in がんばって is found: deciding that it is not a disease is the recognizer's job.
        Assert.Equal([(0, "がん")], Find("がんばってください"));
    }

    private static List<(int Start, string Term)> Find(string text)
    {
        var matches = new List<(int Start, string Term)>();
        s_index.FindAll(text, matches);
        return matches;
    }
}
