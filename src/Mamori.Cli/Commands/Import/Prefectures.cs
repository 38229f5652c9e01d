namespace Mamori.Cli.Commands.Import;

/// <summary>Prefecture codes (JIS X 0401, ISO 3166-2:JP) as Shopify and others export them: <c>JP-13</c> → 東京都.</summary>
internal static class Prefectures
{
    private static readonly string[] s_names =
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
        "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
        "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
        "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    /// <summary>The prefecture's name for a code (<c>JP-13</c>, <c>JP13</c>, <c>13</c>), else the value unchanged.</summary>
    public static string Name(string value)
    {
        var digits = value.StartsWith("JP", StringComparison.OrdinalIgnoreCase) ? value.AsSpan(2).TrimStart('-') : value.AsSpan();
        return digits.Length is 1 or 2 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            && code is >= 1 and <= 47
            ? s_names[code - 1]
            : value;
    }
}
