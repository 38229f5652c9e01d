using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>申込書: a membership or service application as key-value lines.</summary>
internal static class ApplicationFormTemplate
{
    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var person = c.People.Next();
        b.Line(c.Phrase(["■ 会員登録申込書", "【入会申込書】", "サービス利用申込書"], ["◇ お申込み内容の確認", "＜口座振替依頼書＞"]));
        b.Add("受付日").Add(Fields.Sep(c));
        Fields.PlainDate(b, c, Fields.RecentDate(c));
        b.Line();

        b.Add(c.Phrase(["氏名", "お名前"], ["ご契約者名", "申込者"])).Add(Fields.Sep(c)).Entity(EntityTypes.PersonName, Fields.NameText(c, person)).Line();
        if (c.Chance(0.6))
        {
            b.Add(c.Pick("フリガナ", "ふりがな（カナ）")).Add(Fields.Sep(c)).Entity(EntityTypes.PersonName, person.Kana).Line();
        }

        b.Add(c.Phrase(["生年月日", "生年月日（西暦）"], ["お誕生日", "誕生日"])).Add(Fields.Sep(c)).Entity(EntityTypes.DateOfBirth, Fields.BirthDate(c, person.Birth));
        b.Add("（").Distractor(DistractorKinds.Quantity, $"{person.AgeOn(Fields.Today)}歳").Line("）");
        b.Add("性別").Add(Fields.Sep(c)).Line(c.Pick("男性", "女性", "回答しない"));

        b.Add(c.Phrase(["住所", "ご住所", "現住所"], ["お届け先", "所在地（自宅）"])).Add(Fields.Sep(c));
        if (c.Chance(0.85))
        {
            b.Add(c.Pick("〒", "〒", "")).Entity(EntityTypes.PostalCode, c.Width(c.Ids.PostalCode())).Add(c.Pick(" ", "\u3000"));
        }

        b.Entity(EntityTypes.Address, c.Addresses.Next()).Line();
        b.Add(c.Phrase(["電話番号", "TEL", "自宅電話"], ["日中のご連絡先", "Tel."])).Add(Fields.Sep(c)).Entity(EntityTypes.PhoneNumber, Fields.Phone(c, c.Ids.FixedPhone())).Line();
        b.Add(c.Phrase(["携帯電話", "携帯番号"], ["スマートフォン"])).Add(Fields.Sep(c)).Entity(EntityTypes.PhoneNumber, Fields.Phone(c, c.Ids.MobilePhone())).Line();
        b.Add(c.Phrase(["メールアドレス", "E-mail"], ["連絡用アドレス", "PCメール"])).Add(Fields.Sep(c)).Entity(EntityTypes.EmailAddress, c.People.Email(person)).Line();

        var documents = c.Random.Number(1, 2);
        var first = c.Random.Number(0, 4);
        for (var d = 0; d < documents; d++)
        {
            IdentityDocument(c, b, (first + (d * 2)) % 5);
        }

        if (c.Chance(0.45))
        {
            b.Add("お引落し口座").Add(Fields.Sep(c));
            if (c.Chance(0.3))
            {
                b.Add(c.Pick("ゆうちょ銀行 記号番号 ", "ゆうちょ銀行（記号－番号）")).Entity(EntityTypes.BankAccount, c.Width(c.Ids.JapanPostAccount())).Line();
            }
            else
            {
                b.Add(c.Pick("みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "りそな銀行", "横浜銀行", "楽天銀行", "静岡銀行") + " ");
                b.Add(c.Pick("新宿支店", "本店営業部", "梅田支店", "名古屋駅前支店", "札幌支店", "第一営業部", "渋谷支店") + c.Pick(" ", "　"));
                b.Add(c.Phrase(["普通 ", "普通預金 口座番号 ", "当座 "], ["普通）", "口座番号:"])).Entity(EntityTypes.BankAccount, c.Width(c.Ids.BankAccountNumber()));
                b.Add(" 口座名義 ").Entity(EntityTypes.PersonName, person.Kana).Line();
            }
        }

        if (c.Chance(0.3))
        {
            b.Add("クレジットカード番号").Add(Fields.Sep(c)).Entity(EntityTypes.CreditCard, c.Width(c.Ids.CreditCard()));
            b.Add("　有効期限 ").Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(1, 12):00}/{c.Random.Number(25, 30)}").Line();
        }

        b.Add("ご紹介者").Add(Fields.Sep(c));
        if (c.Chance(0.5))
        {
            Fields.NameWithHonorific(b, c, c.People.Next(), c.Pick("様", " 様", ""));
            b.Line();
        }
        else
        {
            b.Line("なし");
        }
    }

    private static void IdentityDocument(GenerationContext c, DocumentBuilder b, int which)
    {
        b.Add("本人確認書類").Add(Fields.Sep(c));
        var (type, value, open, close) = which switch
        {
            0 => (EntityTypes.DriversLicense, c.Ids.DriversLicense(), c.Pick(("運転免許証（番号：", "）"), ("運転免許証 免許証番号 ", ""), ("運転免許証　第", "号"))),
            1 => (EntityTypes.Passport, c.Ids.Passport(), c.Pick(("パスポート（旅券番号：", "）"), ("旅券 ", ""), ("パスポート No.", ""))),
            2 => (EntityTypes.ResidenceCard, c.Ids.ResidenceCard(), c.Pick(("在留カード（番号：", "）"), ("在留カード ", ""), ("在留カード番号 ", ""))),
            3 => (EntityTypes.MyNumber, c.Ids.MyNumber(), c.Profile.Unseen && c.Chance(0.3)
                ? ("マイナンバーカード（番号 ", "）")
                : c.Pick(("マイナンバーカード（個人番号：", "）"), ("個人番号カード 個人番号 ", ""))),
            _ => (EntityTypes.HealthInsurance, c.Ids.HealthInsurer(), ("健康保険証（保険者番号：", "）")),
        } switch
        {
            var (t, v, (o, cl)) => (t, v, o, cl),
        };
        b.Add(open).Entity(type, c.Width(value)).Line(close);
    }
}
