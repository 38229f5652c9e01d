using Mamori.Detection.Recognizers;
using Xunit;

namespace Mamori.Detection.Tests.Recognizers;

public sealed class DateOfBirthRecognizerTests : IDisposable
{
    private readonly PiiDetector _detector = RecognizerTestKit.Detector(EntityTypes.DateOfBirth);

    public void Dispose() => _detector.Dispose();

    [Theory]
    [InlineData("生年月日：1985年4月1日", "1985年4月1日")]
    [InlineData("生年月日: 1985/04/01", "1985/04/01")]
    [InlineData("誕生日は1985-04-01です", "1985-04-01")]
    [InlineData("1985.4.1生まれ", "1985.4.1")]
    [InlineData("昭和63年1月1日生まれ", "昭和63年1月1日")]
    [InlineData("平成元年生まれ", "平成元年")]
    [InlineData("令和5年4月1日生", "令和5年4月1日")]
    [InlineData("生年月日 S63.1.1", "S63.1.1")]
    [InlineData("生年月日：H1/2/3", "H1/2/3")]
    [InlineData("DOB: R5/4/1", "R5/4/1")]
    [InlineData("昭和六十三年一月一日生まれ", "昭和六十三年一月一日")]
    [InlineData("Date of birth: April 1, 1985", "April 1, 1985")]
    [InlineData("born on 1 April 1985", "1 April 1985")]
    public void Detect_DateNextToBirthContext_FindsTheDate(string text, string expected)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
        Assert.Equal(EntityTypes.DateOfBirth, finding.Type);
        Assert.Equal(PiiCategory.Personal, finding.Category);
        Assert.True(finding.Confidence >= 0.9, $"confidence {finding.Confidence}");
    }

    [Fact]
    public void Detect_FullWidthEraDate_PointsAtTheOriginalText()
    {
        const string text = "生年月日：昭和６３年１月１日";

        Assert.Equal(["昭和６３年１月１日"], _detector.Spans(text));
    }

    [Fact]
    public void Detect_BirthWordLaterInUnspacedSentence_FindsTheDate()
    {
        const string text = "山田さんは1990年5月5日に東京で生まれた。";

        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal("1990年5月5日", text.Substring(finding.Start, finding.Length));
        Assert.InRange(finding.Confidence, 0.8, 0.9); // window context: below an adjacent label
    }

    [Theory]
    [InlineData("生年月日", "1985-04-01")]
    [InlineData("birth_date", "19850401")]
    [InlineData("dob", "S63.1.1")]
    [InlineData("Birthday", "04/25/1985")]
    public void Detect_BirthDateField_FindsTheValue(string field, string value)
    {
        var finding = Assert.Single(_detector.Detect(value, field));

        Assert.Equal(value, value.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("2005年4月に施行")]
    [InlineData("2024/03/01 注文")]
    [InlineData("学生の入学日は2020年4月1日です")]
    [InlineData("昭和63年1月1日に開業")]
    [InlineData("order 19850401 shipped")]
    [InlineData("誕生日キャンペーンは2024年3月1日から始まります")]
    public void Detect_BareDate_IsNotABirthDate(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Theory]
    [InlineData("生年月日：昭和64年1月8日")] // 昭和 ended on 7 January 1989
    [InlineData("生年月日：令和元年4月1日")] // 令和 began on 1 May 2019
    [InlineData("生年月日：平成32年1月1日")]
    [InlineData("生年月日：1985年2月30日")]
    [InlineData("生年月日：1985/13/01")]
    [InlineData("生年月日：2099年1月1日")]
    [InlineData("生年月日：1850年1月1日")]
    public void Detect_ImpossibleDate_IsRejected(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_OtherDateAfterBirthDate_OnlyTheBirthDateIsReported()
    {
        const string text = "生年月日：1985年4月1日、登録日：2024年3月1日";

        Assert.Equal(["1985年4月1日"], _detector.Spans(text));
    }

    [Theory]
    [InlineData("生年月日（西暦）: 1968年10月3日（55歳）", "1968年10月3日")]
    [InlineData("生年月日（和暦）：平成9年2月19日", "平成9年2月19日")]
    [InlineData("生年月日(西暦) 1985/10/14", "1985/10/14")]
    public void Detect_BirthLabelWithBracketedQualifier_CountsAsAnAdjacentLabel(string text, string expected)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
        Assert.True(finding.Confidence >= 0.9, $"confidence {finding.Confidence}");
    }

    [Theory]
    [InlineData("【入会申込書】\n受付日 2024年4月15日\n氏名：加藤康弘\n生年月日（西暦）: 1968年10月3日（55歳）")]
    [InlineData("会員登録申込書\n受付日：2022/11/09\nお名前 中村 沙織\n生年月日：1968年10月3日")]
    public void Detect_DateWithItsOwnLabelBeforeABirthLabel_OnlyTheBirthDateIsReported(string text)
    {
        Assert.Equal(["1968年10月3日"], _detector.Spans(text));
    }

    [Theory]
    [InlineData("[13:05] オペレーター: 念のため生年月日もお願いします。\n[13:05] ユーザー: 1974年10月5日です", "1974年10月5日")]
    [InlineData("[17:46] オペレーター: 念のため生年月日もお願いします。\n[17:46] お客様: 1967-03-30", "1967-03-30")]
    public void Detect_ChatAnswerAfterABirthDateQuestion_FindsTheDate(string text, string expected)
    {
        Assert.Equal([expected], _detector.Spans(text));
    }

    [Fact]
    public void Detect_ChatDateLabelledAsAnotherDate_IsNotABirthDate()
    {
        const string text = "[13:05] オペレーター: 生年月日は確認済みです。\n[13:06] ユーザー: 注文日：2024年1月5日です";

        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_AppiArticle_ReportsNothing()
    {
        Assert.Empty(_detector.Detect(RecognizerTestKit.AppiArticle));
    }

    [Fact]
    public void Recognize_FixedClock_RejectsDatesAfterToday()
    {
        var recognizer = new DateOfBirthRecognizer(new FixedClock(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(9))));

        Assert.Empty(RecognizerTestKit.Recognize(recognizer, "生年月日：2020年6月1日"));
        Assert.Single(RecognizerTestKit.Recognize(recognizer, "生年月日：2019年6月1日"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Fact]
    public void Detect_ItemTypeConstantBeforeATimestamp_IsNoBirthDate()
    {
        const string text = "purpose\tmarketing\t[\"EMAIL_ADDRESS\",\"DATE_OF_BIRTH\"]\n2025-04-01 09:00:00+00\tactive";

        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_SnakeCaseColumnLabelBeforeADate_IsABirthDate()
    {
        const string text = "date_of_birth: 1985-04-01";

        Assert.Single(_detector.Detect(text));
    }
}
