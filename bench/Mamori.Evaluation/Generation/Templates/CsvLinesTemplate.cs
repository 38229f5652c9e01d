using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>CSV-like export lines: a header and a few member rows (some cells empty).</summary>
internal static class CsvLinesTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var layout = c.Random.Number(0, c.Profile.Unseen ? 2 : 1);
        var separator = c.Chance(0.8) ? "," : "\t";
        string[] header = layout switch
        {
            0 => ["会員ID", "氏名", "電話番号", "メールアドレス", "郵便番号", "住所", "生年月日", "登録日"],
            1 => ["顧客番号", "お名前", "フリガナ", "携帯", "Email", "購入金額", "最終購入日"],
            _ => ["No", "担当者", "取引先", "連絡先", "備考", "更新日時"],
        };
        b.Line(string.Join(separator, header));
        var rows = c.Random.Number(2, 5);
        for (var row = 0; row < rows; row++)
        {
            var person = c.People.Next();
            switch (layout)
            {
                case 0:
                    b.Distractor(DistractorKinds.MemberId, "M" + c.Ids.Digits(7)).Add(separator);
                    b.Entity(EntityTypes.PersonName, Fields.NameText(c, person)).Add(separator);
                    Cell(b, c, EntityTypes.PhoneNumber, Fields.PersonalPhone(c), separator);
                    Cell(b, c, EntityTypes.EmailAddress, c.People.Email(person), separator);
                    Cell(b, c, EntityTypes.PostalCode, c.Ids.PostalCode(), separator);
                    Quoted(b, EntityTypes.Address, c.Addresses.Next(), separator == ",");
                    b.Add(separator);
                    Cell(b, c, EntityTypes.DateOfBirth, JapaneseDates.Format(person.Birth, c.Pick(DateStyle.Slash, DateStyle.Iso, DateStyle.SlashShort)), separator);
                    Fields.PlainDate(b, c, Fields.RecentDate(c));
                    break;
                case 1:
                    b.Distractor(DistractorKinds.MemberId, c.Ids.Digits(8)).Add(separator);
                    b.Entity(EntityTypes.PersonName, Fields.NameText(c, person)).Add(separator);
                    b.Entity(EntityTypes.PersonName, person.Kana).Add(separator);
                    Cell(b, c, EntityTypes.PhoneNumber, Fields.Phone(c, c.Ids.MobilePhone()), separator);
                    Cell(b, c, EntityTypes.EmailAddress, c.People.Email(person), separator);
                    b.Distractor(DistractorKinds.Price, c.Num(500, 99999)).Add(separator);
                    Fields.PlainDate(b, c, Fields.RecentDate(c));
                    break;
                default:
                    b.Distractor(DistractorKinds.Quantity, (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Add(separator);
                    b.Entity(EntityTypes.PersonName, Fields.NameText(c, person)).Add(separator);
                    b.Add(c.Pick("株式会社みらい商事", "サクラ工業株式会社", "有限会社ひかり", "青空物流株式会社")).Add(separator);
                    Cell(b, c, EntityTypes.PhoneNumber, Fields.Phone(c, c.Ids.FixedPhone()), separator);
                    b.Add(c.Pick("定期訪問", "見積送付済", "", "要折り返し")).Add(separator);
                    Fields.PlainDate(b, c, Fields.RecentDate(c));
                    b.Add(" ").Distractor(DistractorKinds.Time, $"{c.Random.Number(8, 19):00}:{c.Random.Number(0, 59):00}");
                    break;
            }

            b.Line();
        }
    }

    private static void Cell(DocumentBuilder b, GenerationContext c, string type, string value, string separator)
    {
        if (c.Chance(0.1))
        {
            b.Add(separator);
            return;
        }

        b.Entity(type, value).Add(separator);
    }

    private static void Quoted(DocumentBuilder b, string type, string value, bool quote)
    {
        if (quote)
        {
            b.Add("\"").Entity(type, value).Add("\"");
        }
        else
        {
            b.Entity(type, value);
        }
    }
}
