using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>Web and app access-log lines (IP addresses, cookie and advertising ids) and an operator's note about them.</summary>
internal static class AccessLogTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var start = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(c.Random.Number(0, 20000));
        var lines = c.Random.Number(3, 6);
        for (var i = 0; i < lines; i++)
        {
            var at = start.AddSeconds(i * c.Random.Number(1, 90));
            b.Distractor(DistractorKinds.PlainDate, at.ToString("yyyy-MM-dd'T'HH:mm:ss'+09:00'", System.Globalization.CultureInfo.InvariantCulture)).Add(" ");
            b.Entity(EntityTypes.IpAddress, c.Chance(0.75) ? c.Ids.IPv4() : c.Ids.IPv6()).Add(" ");
            b.Add(c.Pick("GET", "GET", "POST")).Add(" ").Add(c.Pick("/mypage", "/cart", "/api/v1/orders", "/login", "/item/detail?id=" + c.Num(1000, 99999))).Add(" ");
            b.Add(c.Pick("200", "200", "302", "404")).Add(" ");
            switch (c.Random.Number(0, 3))
            {
                case 0:
                    b.Add("\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/")
                        .Distractor(DistractorKinds.Version, c.Pick("120.0.0.0", "124.0.6367.91", "125.0.0.0")).Add(" Safari/537.36\" ");
                    b.Add("_ga=").Entity(EntityTypes.OnlineIdentifier, c.Ids.GaClientId());
                    break;
                case 1:
                    b.Add("\"MamoriShopApp/").Distractor(DistractorKinds.Version, $"{c.Random.Number(1, 5)}.{c.Random.Number(0, 12)}.{c.Random.Number(0, 9)}").Add(" iOS\" ");
                    b.Add(c.Phrase(["idfa=", "IDFA:"], ["ad_id="])).Entity(EntityTypes.OnlineIdentifier, c.Ids.Uuid(upper: true));
                    break;
                case 2:
                    b.Add("\"MamoriShopApp/").Distractor(DistractorKinds.Version, $"{c.Random.Number(1, 5)}.{c.Random.Number(0, 12)}.{c.Random.Number(0, 9)}").Add(" Android\" ");
                    b.Add(c.Phrase(["aaid=", "gaid="], ["advertising_id="])).Entity(EntityTypes.OnlineIdentifier, c.Ids.Uuid(upper: false));
                    break;
                default:
                    b.Add("\"curl/").Distractor(DistractorKinds.Version, "8.5.0").Add("\" ");
                    b.Add(c.Phrase(["cookie_id=", "sid="], ["visitor_id="])).Entity(EntityTypes.OnlineIdentifier, c.Ids.CookieId());
                    break;
            }

            b.Line();
        }

        if (c.Chance(0.5))
        {
            b.Add(c.Pick("※ 不正アクセスの疑い：接続元IP ", "【監視アラート】アクセス元 ")).Entity(EntityTypes.IpAddress, c.Ids.IPv4());
            b.Add(" から").Distractor(DistractorKinds.Quantity, c.Num(2, 30) + "分間").Add("に").Distractor(DistractorKinds.Quantity, c.Num(100, 900) + "回").Line("のログイン失敗。");
            b.Add("ファームウェア ").Distractor(DistractorKinds.Version, $"v{c.Random.Number(1, 4)}.{c.Random.Number(0, 9)}.{c.Random.Number(0, 20)}").Line(" への更新で対処予定。");
        }
    }
}
