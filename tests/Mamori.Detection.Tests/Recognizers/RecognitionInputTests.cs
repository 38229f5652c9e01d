using Mamori.Detection.Recognizers;
using Xunit;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class RecognitionInputTests
{
    [Fact]
    public void LongDigitRuns_TextWithDatesPricesAndAPhoneNumber_HoldsOnlyRunsOfSixDigitsOrMore()
    {
        const string text = "2024年4月15日、1,980円。携帯 090-1234-5678、会員 123456、番号 12345";
        var input = RecognitionInput.Create(text, null, new ContextCatalog(BuiltInContextWords.Create(), 40, 20));

        var longRuns = input.LongDigitRuns.ToArray().Select(r => text.Substring(r.Start, r.Length));

        Assert.Equal(["090-1234-5678", "123456"], longRuns);
        Assert.True(input.DigitRuns.Length > 2);
    }
}
