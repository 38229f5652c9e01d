using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>人事・給与: an employee record with the numbers payroll and social insurance need.</summary>
internal static class HrRecordTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var employee = c.People.Next();
        if (employee.Birth.Year > 2004)
        {
            employee = employee with { Birth = employee.Birth.AddYears(-25) };
        }

        var (company, _) = Fields.Shop(c);
        b.Line(c.Phrase(["【従業員情報】", "■ 入社手続き書類", "扶養控除等申告書（抜粋）"], ["《社員台帳》", "労働者名簿（写）"]));
        b.Add("事業者名：株式会社").Add(company);
        if (c.Chance(0.6))
        {
            var (open, close) = c.Pick(("（法人番号 ", "）"), ("　法人番号：", ""), (" 会社法人等番号 ", ""), ("（法人番号：", "）"));
            b.Add(open).Entity(EntityTypes.CorporateNumber, c.Ids.CorporateNumber()).Add(close);
        }

        b.Line();
        b.Add("社員番号").Add(Fields.Sep(c)).Distractor(DistractorKinds.MemberId, c.Pick("E", "S") + c.Ids.Digits(6)).Line();
        b.Add(c.Pick("氏名", "従業員氏名")).Add(Fields.Sep(c)).Entity(EntityTypes.PersonName, Fields.NameText(c, employee)).Line();
        b.Add("生年月日").Add(Fields.Sep(c)).Entity(EntityTypes.DateOfBirth, Fields.BirthDate(c, employee.Birth)).Line();
        b.Add("入社日").Add(Fields.Sep(c));
        Fields.PlainDate(b, c, Fields.RecentDate(c).AddYears(-c.Random.Number(0, 10)));
        b.Line();

        var numbers = Enumerable.Range(0, 7).Where(n => c.Chance(n < 5 ? 0.65 : 0.25)).ToList();
        if (numbers.Count == 0)
        {
            numbers.Add(0);
        }

        foreach (var n in numbers)
        {
            switch (n)
            {
                case 0:
                    b.Add(c.Phrase(["個人番号（マイナンバー）", "マイナンバー", "個人番号"], ["My Number", "番号法上の個人番号"])).Add(Fields.Sep(c))
                        .Entity(EntityTypes.MyNumber, c.Width(c.Ids.MyNumber())).Line();
                    break;
                case 1:
                    b.Add(c.Phrase(["基礎年金番号", "年金手帳の番号"], ["年金番号（基礎年金）"])).Add(Fields.Sep(c))
                        .Entity(EntityTypes.BasicPensionNumber, c.Width(c.Ids.BasicPensionNumber())).Line();
                    break;
                case 2:
                    b.Add(c.Pick("住民票コード", "住民票コード（11桁）")).Add(Fields.Sep(c)).Entity(EntityTypes.ResidentRecordCode, c.Width(c.Ids.ResidentRecordCode())).Line();
                    break;
                case 3:
                    b.Add(c.Phrase(["健康保険 保険者番号", "保険者番号"], ["加入健保（保険者No.）"])).Add(Fields.Sep(c))
                        .Entity(EntityTypes.HealthInsurance, c.Width(c.Ids.HealthInsurer())).Line();
                    break;
                case 5:
                    b.Add(c.Phrase(["在留カード番号", "在留カード"], ["在留番号（カード）"])).Add(Fields.Sep(c)).Entity(EntityTypes.ResidenceCard, c.Width(c.Ids.ResidenceCard()));
                    b.Add("　在留期限 ");
                    Fields.PlainDate(b, c, Fields.Today.AddDays(c.Random.Number(100, 1500)));
                    b.Line();
                    break;
                case 6:
                    b.Add(c.Phrase(["運転免許証番号", "免許証番号"], ["運転免許（番号）"])).Add(Fields.Sep(c)).Entity(EntityTypes.DriversLicense, c.Width(c.Ids.DriversLicense())).Line();
                    break;
                default:
                    b.Add("給与振込口座").Add(Fields.Sep(c)).Add(c.Pick("三井住友銀行 ", "みずほ銀行 ", "りそな銀行 ", "千葉銀行 ")).Add(c.Pick("渋谷支店", "本店", "船橋支店", "難波支店"));
                    b.Add(c.Pick(" 普通 ", "　普通預金　", " 口座番号 ")).Entity(EntityTypes.BankAccount, c.Width(c.Ids.BankAccountNumber())).Line();
                    break;
            }
        }

        b.Add("現住所").Add(Fields.Sep(c)).Add("〒").Entity(EntityTypes.PostalCode, c.Ids.PostalCode()).Add(" ").Entity(EntityTypes.Address, c.Addresses.Next()).Line();
        b.Add("緊急連絡先").Add(Fields.Sep(c));
        var relative = new Person(employee.Surname, c.People.Next().GivenName, employee.Birth);
        b.Entity(EntityTypes.PersonName, Fields.NameText(c, relative)).Add(c.Pick("（配偶者）", "（父）", "（母）", "（妹）")).Add(" ");
        b.Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line();
        b.Add("基本給").Add(Fields.Sep(c));
        Fields.Price(b, c);
        b.Line();
    }
}
