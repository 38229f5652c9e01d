using System.Text;

namespace Mamori.Scanning.Tests.Support;

internal static class Encodings
{
    static Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        ShiftJis = Encoding.GetEncoding(932);
        EucJp = Encoding.GetEncoding(51932);
    }

    public static Encoding ShiftJis { get; }

    public static Encoding EucJp { get; }

    public static Encoding Utf8Bom { get; } = new UTF8Encoding(true);
}
