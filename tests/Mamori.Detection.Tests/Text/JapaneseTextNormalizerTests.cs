using Mamori.Detection.Text;
using Xunit;

namespace Mamori.Detection.Tests.Text;

public sealed class JapaneseTextNormalizerTests
{
    [Fact]
    public void Normalize_PlainText_ReturnsSameInstance()
    {
        const string text = "東京都の人口は1400万人です";

        var normalized = JapaneseTextNormalizer.Normalize(text);

        Assert.True(normalized.IsIdentity);
        Assert.Same(text, normalized.Text);
    }

    [Fact]
    public void Normalize_FullWidthDigitsAndLetters_FoldsToAscii()
    {
        var normalized = JapaneseTextNormalizer.Normalize("電話：０９０－１２３４－５６７８　ＴＥＬ");

        Assert.Equal("電話:090-1234-5678 TEL", normalized.Text);
    }

    [Fact]
    public void Normalize_HalfWidthKatakanaWithVoicedMark_JoinsIntoOneCharacter()
    {
        var normalized = JapaneseTextNormalizer.Normalize("ｶﾞｯｺｳ 123");

        Assert.Equal("ガッコウ 123", normalized.Text);
        var (start, length) = normalized.ToOriginal(0, 1);
        Assert.Equal((0, 2), (start, length));
        Assert.Equal((6, 3), normalized.ToOriginal(5, 3));
    }

    [Theory]
    [InlineData("090‐1234‐5678")]
    [InlineData("090−1234−5678")]
    [InlineData("090ー1234ー5678")]
    [InlineData("090―1234―5678")]
    [InlineData("090ｰ1234ｰ5678")]
    public void Normalize_DashLookAlikesBetweenDigits_BecomeHyphens(string text) =>
        Assert.Equal("090-1234-5678", JapaneseTextNormalizer.Normalize(text).Text);

    [Fact]
    public void Normalize_KatakanaWithLongVowelMarksOnly_ReturnsSameInstance()
    {
        const string text = "ユーザーのサービスをご利用いただき、ありがとうございます。";

        Assert.Same(text, JapaneseTextNormalizer.Normalize(text).Text);
    }

    [Fact]
    public void Normalize_FoldableCharactersPastTheFirstSixteen_AreFoundAndFolded()
    {
        var text = new string('あ', 40) + "０９０ー１２３４ー５６７８" + new string('い', 17) + "ｱｲｳ（株）";

        Assert.Equal(new string('あ', 40) + "090-1234-5678" + new string('い', 17) + "アイウ(株)", JapaneseTextNormalizer.Normalize(text).Text);
    }

    [Fact]
    public void Normalize_LongVowelMarkInWords_IsKept()
    {
        Assert.Equal("メール 1ー", JapaneseTextNormalizer.Normalize("メール 1ー").Text);
    }

    [Fact]
    public void Normalize_CompatibilityCharacters_UseNfkcAndMapBack()
    {
        const string text = "㍻元年①";
        var normalized = JapaneseTextNormalizer.Normalize(text);

        Assert.Equal("平成元年1", normalized.Text);
        Assert.Equal((0, 1), normalized.ToOriginal(0, 1)); // 平 is half of ㍻: the span covers all of it
        Assert.Equal((0, 2), normalized.ToOriginal(0, 3));
        Assert.Equal((3, 1), normalized.ToOriginal(4, 1)); // 1 comes from ①
    }
}
