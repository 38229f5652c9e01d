using System.Text;
using Mamori.Scanning.Tests.Support;
using Mamori.Scanning.Text;
using Xunit;

namespace Mamori.Scanning.Tests.Text;

public sealed class TextEncodingDetectorTests
{
    private const string Japanese = "氏名,住所,電話番号\n山田太郎,東京都千代田区一丁目,090-1234-5678\nこんにちは、カタカナも漢字も。\n";

    [Fact]
    public void Detect_Utf8WithoutBom_IsUtf8()
    {
        var result = TextEncodingDetector.Detect(Encoding.UTF8.GetBytes(Japanese), isWholeFile: true);

        Assert.Equal("utf-8", result.Name);
        Assert.Equal(0, result.PreambleLength);
    }

    [Fact]
    public void Detect_Utf8Bom_SkipsThreeBytes()
    {
        var bytes = Encodings.Utf8Bom.GetPreamble().Concat(Encoding.UTF8.GetBytes(Japanese)).ToArray();

        var result = TextEncodingDetector.Detect(bytes, isWholeFile: true);

        Assert.Equal("utf-8-bom", result.Name);
        Assert.Equal(3, result.PreambleLength);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Detect_Utf16Bom_IsUtf16(bool bigEndian, string expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Japanese)).ToArray();

        var result = TextEncodingDetector.Detect(bytes, isWholeFile: true);

        Assert.Equal(expected, result.Name);
        Assert.Equal(Japanese, result.Encoding!.GetString(bytes, 2, bytes.Length - 2));
    }

    [Fact]
    public void Detect_ShiftJis_IsShiftJisAndDecodes()
    {
        var bytes = Encodings.ShiftJis.GetBytes(Japanese);

        var result = TextEncodingDetector.Detect(bytes, isWholeFile: true);

        Assert.Equal("shift_jis", result.Name);
        Assert.Equal(Japanese, result.Encoding!.GetString(bytes));
    }

    [Fact]
    public void Detect_EucJp_IsEucJpAndDecodes()
    {
        var bytes = Encodings.EucJp.GetBytes(Japanese);

        var result = TextEncodingDetector.Detect(bytes, isWholeFile: true);

        Assert.Equal("euc-jp", result.Name);
        Assert.Equal(Japanese, result.Encoding!.GetString(bytes));
    }

    [Fact]
    public void Detect_NulBytes_IsBinary()
    {
        var result = TextEncodingDetector.Detect([0x01, 0x00, 0x02, 0x41], isWholeFile: true);

        Assert.True(result.IsBinary);
    }

    [Fact]
    public void Detect_Utf8CutMidCharacterAtSampleEnd_StillUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("あいうえお");

        var result = TextEncodingDetector.Detect(bytes.AsSpan(0, bytes.Length - 1), isWholeFile: false);

        Assert.Equal("utf-8", result.Name);
    }

    [Fact]
    public void Detect_WrongGuess_DecodesWithoutThrowing()
    {
        // Random high bytes: whatever is guessed, decoding must give replacement characters, not an exception.
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray();

        var result = TextEncodingDetector.Detect(bytes, isWholeFile: true);
        var decoded = result.Encoding!.GetString(bytes);

        Assert.NotEmpty(decoded);
    }
}
