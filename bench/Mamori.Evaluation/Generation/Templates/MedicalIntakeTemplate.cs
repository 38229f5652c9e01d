using Mamori.Detection;
using Mamori.Evaluation.Corpus;

namespace Mamori.Evaluation.Generation.Templates;

/// <summary>
/// 問診票 and care notes: patient details with special care-required information tied to the
/// patient (medical history, disability, treatment), plus criminal-record and victim notes in
/// a case file. Each dictionary term is labelled SPECIAL_CARE.
/// </summary>
internal static class MedicalIntakeTemplate
{
    public static readonly string[] Diseases =
    [
        "糖尿病", "高血圧症", "喘息", "うつ病", "双極性障害", "統合失調症", "脳梗塞", "心筋梗塞", "乳がん", "胃がん", "C型肝炎",
        "てんかん", "パニック障害", "適応障害", "慢性腎臓病", "アルツハイマー型認知症", "HIV感染症",
    ];

    private static readonly string[] s_disabilities = ["身体障害者手帳", "療育手帳", "精神障害者保健福祉手帳"];
    private static readonly string[] s_treatments = ["人工透析", "抗がん剤治療", "インスリン注射", "精神科通院"];

    public static void Write(GenerationContext c, DocumentBuilder b)
    {
        var patient = c.People.Next();
        if (c.Chance(0.75))
        {
            Intake(c, b, patient);
        }
        else
        {
            CaseFile(c, b, patient);
        }
    }

    private static void Intake(GenerationContext c, DocumentBuilder b, Person patient)
    {
        b.Line(c.Phrase(["【問診票】", "初診受付票", "■ 患者情報"], ["〈外来カルテ 要約〉"]));
        b.Add("患者氏名").Add(Fields.Sep(c)).Entity(EntityTypes.PersonName, Fields.NameText(c, patient)).Line();
        if (c.Chance(0.3))
        {
            b.Add("生年月日（和暦）").Add(Fields.Sep(c)).Entity(EntityTypes.DateOfBirth, JapaneseDates.Format(patient.Birth, c.Pick(DateStyle.Era, DateStyle.EraLetterDots))).Line();
        }
        else
        {
            b.Add("生年月日").Add(Fields.Sep(c)).Entity(EntityTypes.DateOfBirth, Fields.BirthDate(c, patient.Birth)).Line();
        }
        if (c.Chance(0.6))
        {
            b.Add(c.Phrase(["保険者番号", "保険証 保険者番号"], ["保険者No."])).Add(Fields.Sep(c)).Entity(EntityTypes.HealthInsurance, c.Width(c.Ids.HealthInsurer())).Line();
        }

        b.Add("連絡先").Add(Fields.Sep(c)).Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line();
        b.Add(c.Phrase(["既往歴", "過去の病気"], ["これまでにかかった病気"])).Add(Fields.Sep(c));
        var count = c.Random.Number(1, 2);
        var chosen = c.Random.Shuffle(Diseases).Take(count).ToArray();
        for (var i = 0; i < chosen.Length; i++)
        {
            if (i > 0)
            {
                b.Add("、");
            }

            b.Entity(EntityTypes.SpecialCare, chosen[i]);
        }

        b.Add("（").Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(1990, 2023)}年").Line("診断）");
        if (c.Chance(0.4))
        {
            b.Add("現在の治療").Add(Fields.Sep(c)).Entity(EntityTypes.SpecialCare, c.Random.ArrayElement(s_treatments)).Add("（週").Distractor(DistractorKinds.Quantity, c.Num(1, 3) + "回").Line("）");
        }

        if (c.Chance(0.3))
        {
            b.Add("障害者手帳").Add(Fields.Sep(c)).Add("あり（").Entity(EntityTypes.SpecialCare, c.Random.ArrayElement(s_disabilities)).Add(" ").Distractor(DistractorKinds.Quantity, c.Num(1, 4) + "級").Line("）");
        }

        b.Add("服薬").Add(Fields.Sep(c)).Add(c.Pick("降圧剤 1日", "睡眠導入剤 1日", "なし 0日")).Line("分");
        b.Add("身長 ").Distractor(DistractorKinds.Quantity, c.Num(140, 190) + "cm").Add("　体重 ").Distractor(DistractorKinds.Quantity, c.Num(38, 110) + "kg").Line();
        if (c.Chance(0.5))
        {
            b.Add("備考：");
            Fields.NameWithHonorific(b, c, patient, c.Pick("さん", "様"), allowSurnameOnly: true);
            b.Add(c.Pick("は", "は以前から")).Entity(EntityTypes.SpecialCare, c.Random.ArrayElement(Diseases)).Line(c.Pick("で他院に通院中とのこと。", "の治療歴あり。"));
        }
    }

    private static void CaseFile(GenerationContext c, DocumentBuilder b, Person person)
    {
        b.Line(c.Pick("【相談記録】", "支援ケース記録"));
        b.Add("相談者").Add(Fields.Sep(c)).Entity(EntityTypes.PersonName, Fields.NameText(c, person));
        b.Add("（").Distractor(DistractorKinds.Quantity, person.AgeOn(Fields.Today) + "歳").Line("）");
        b.Add("相談日").Add(Fields.Sep(c));
        Fields.PlainDate(b, c, Fields.RecentDate(c));
        b.Line();
        switch (c.Random.Number(0, 2))
        {
            case 0:
                Fields.NameWithHonorific(b, c, person, "さん", allowSurnameOnly: true);
                b.Add("は").Distractor(DistractorKinds.PlainDate, $"{c.Random.Number(2005, 2020)}年").Add("に窃盗で").Entity(EntityTypes.SpecialCare, c.Pick("有罪判決", "逮捕歴"))
                    .Line("を受けており、就労先への告知について相談があった。");
                break;
            case 1:
                Fields.NameWithHonorific(b, c, person, "さん", allowSurnameOnly: true);
                b.Add("は元交際相手からの").Entity(EntityTypes.SpecialCare, c.Pick("ストーカー被害", "DV被害")).Line("を訴えており、警察に相談済み。");
                break;
            default:
                Fields.NameWithHonorific(b, c, person, "さん", allowSurnameOnly: true);
                b.Add("は").Entity(EntityTypes.SpecialCare, c.Pick("キリスト教", "イスラム教", "仏教")).Line(c.Pick("を信仰しており、", "の信者であり、") + "食事や休日の配慮を希望している。");
                break;
        }

        b.Add("連絡先").Add(Fields.Sep(c)).Entity(EntityTypes.PhoneNumber, Fields.PersonalPhone(c)).Line();
    }
}
