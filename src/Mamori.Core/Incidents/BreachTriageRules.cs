using System.Globalization;
using Mamori.Detection;

namespace Mamori.Core.Incidents;

/// <summary>
/// Rules Art. 7: an incident must be reported (and the people notified) when personal data leaked, was lost or damaged, or
/// may have been, and (1) it includes special care-required information, (2) its misuse may cause financial damage,
/// (3) it was caused by an act with an unlawful purpose (since 2024 also for data being collected), or (4) it concerns
/// more than 1,000 people. (1)-(3) apply from one person. Data under strong encryption (高度な暗号化その他の…措置,
/// Art. 7(1): the definition carries through the whole article) and pseudonymously processed information (Art. 41(9))
/// make no incident reportable.
/// </summary>
public static class BreachTriageRules
{
    /// <summary>Item (4)'s threshold: more than this many people.</summary>
    public const long PeopleThreshold = 1000;

    /// <summary>Item types whose leak may cause financial damage by themselves (item (2)): card numbers, bank accounts.</summary>
    public static IReadOnlySet<string> FinancialItemTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        EntityTypes.CreditCard, EntityTypes.BankAccount,
    };

    /// <summary>Checks an incident against the four triggers.</summary>
    /// <param name="incident">The incident.</param>
    public static BreachTriage Triage(BreachIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var sensitive = incident.Items.Where(i => i.Category == PiiCategory.SpecialCare || i.Type == EntityTypes.SpecialCare).Select(i => i.Type).ToList();
        var sensitiveJa = sensitive.Select(Named).ToList();
        var financial = incident.Items.Where(i => FinancialItemTypes.Contains(i.Type)).Select(i => i.Type).ToList();
        var financialJa = financial.Select(Named).ToList();
        var people = incident.People.ToString("N0", CultureInfo.InvariantCulture);
        var exclusion = incident.Protection switch
        {
            LeakedDataProtection.StrongEncryption => (
                "高度な暗号化等の秘匿化がされ、復号鍵も漏えいしていないため対象外です（規則第7条第1号括弧書）",
                "excluded: the data was strongly encrypted with the key kept safe (Rules Art. 7(1))"),
            LeakedDataProtection.Pseudonymised => (
                "仮名加工情報には第26条が適用されないため対象外です（法第41条第9項）",
                "excluded: Art. 26 does not apply to pseudonymously processed information (Art. 41(9))"),
            _ => ((string, string)?)null,
        };

        TriggerFinding Excluded(int number, string what, string whatEn) =>
            new(number, false, $"{what}が、{exclusion!.Value.Item1}。", $"{whatEn}, but {exclusion!.Value.Item2}.");

        var one = sensitive.Count == 0
            ? new TriggerFinding(1, false, "要配慮個人情報は含まれていません。", "No special care-required information is involved.")
            : exclusion is not null
                ? Excluded(1, $"要配慮個人情報（{string.Join("、", sensitiveJa)}）を含みます", $"Special care-required information ({string.Join(", ", sensitive)}) is involved")
                : new TriggerFinding(1, true,
                    $"要配慮個人情報（{string.Join("、", sensitiveJa)}）を含む個人データの漏えい等です。1人分でも報告対象です（規則第7条第1号）。",
                    $"Personal data including special care-required information ({string.Join(", ", sensitive)}) is involved; reportable from one person (Rules Art. 7(1)).");

        TriggerFinding two;
        if (financial.Count == 0 && !incident.FinancialRisk)
        {
            two = new TriggerFinding(2, false,
                "クレジットカード番号・口座情報など、不正利用により財産的被害が生じるおそれのある項目は含まれていません。",
                "No item whose misuse may cause financial damage (card numbers, bank accounts, payment credentials) is involved.");
        }
        else
        {
            var what = financial.Count > 0 ? $"財産的被害のおそれがある項目（{string.Join("、", financialJa)}）を含みます" : "不正利用により財産的被害が生じるおそれがあると判断されています（決済機能のあるサービスの ID・パスワード等）";
            var whatEn = financial.Count > 0 ? $"Items whose misuse may cause financial damage ({string.Join(", ", financial)}) are involved" : "Misuse was judged to risk financial damage (e.g. log-in credentials of a service that can pay)";
            two = exclusion is not null
                ? Excluded(2, what, whatEn)
                : new TriggerFinding(2, true, $"{what}。1人分でも報告対象です（規則第7条第2号）。", $"{whatEn}; reportable from one person (Rules Art. 7(2)).");
        }

        TriggerFinding three;
        if (incident.UnlawfulAct == UnlawfulAct.None)
        {
            three = new TriggerFinding(3, false, "不正の目的をもって行われたおそれのある行為（不正アクセス、ランサムウェア、持ち出し等）によるものではありません。",
                "Not caused by an act with an unlawful purpose (intrusion, ransomware, insider theft…).");
        }
        else
        {
            var (act, actEn) = ActName(incident.UnlawfulAct);
            var collecting = incident.DataBeingCollected
                ? "取得しようとしている個人情報（入力フォームで入力中のもの等）も、2024年4月1日施行の改正規則により対象です。"
                : string.Empty;
            var collectingEn = incident.DataBeingCollected ? " Data being collected (e.g. typed into a form) counts since the 2024-04-01 amendment." : string.Empty;
            three = exclusion is not null
                ? Excluded(3, $"{act}によるものです", $"Caused by {actEn}")
                : new TriggerFinding(3, true,
                    $"{act}による、不正の目的をもって行われたおそれのある漏えい等です。1人分でも報告対象で、確報の期限は60日です（規則第7条第3号、第8条第2項）。{collecting}",
                    $"Caused by {actEn}, an act that may have had an unlawful purpose; reportable from one person, final report within 60 days (Rules Art. 7(3), 8(2)).{collectingEn}");
        }

        TriggerFinding four;
        if (incident.People <= PeopleThreshold)
        {
            four = new TriggerFinding(4, false, $"本人の数は {people} 人で、1,000人を超えていません。", $"{people} people: not more than 1,000.");
        }
        else
        {
            four = exclusion is not null
                ? Excluded(4, $"本人の数は {people} 人で1,000人を超えます", $"{people} people, more than 1,000")
                : new TriggerFinding(4, true, $"本人の数は {people} 人で、1,000人を超えます（規則第7条第4号）。", $"{people} people: more than 1,000 (Rules Art. 7(4)).");
        }

        IReadOnlyList<TriggerFinding> triggers = [one, two, three, four];
        var met = triggers.Where(t => t.Met).Select(t => t.Number.ToString(CultureInfo.InvariantCulture)).ToList();
        var days = three.Met ? 60 : 30;
        if (met.Count == 0)
        {
            return new BreachTriage(triggers, BreachDuty.None, false, false, 0,
                "報告対象事態に該当しません。個人情報保護委員会への報告と本人への通知は法令上は不要ですが、記録し、再発防止策を講じてください（法第23条）。",
                "Not a reportable incident: no PPC report or notice is required by law, but record it and take measures against recurrence (Art. 23).");
        }

        var list = string.Join(", ", met);
        if (incident.ActingAsContractor)
        {
            return new BreachTriage(triggers, BreachDuty.NotifyEntrustingBusiness, false, false, days,
                $"報告対象事態です（該当: {list}）。委託先として扱うデータのため、委託元（{incident.EntrustingBusiness}）へ速やかに通知すれば、個人情報保護委員会への報告と本人への通知は委託元が行います（法第26条第1項ただし書、規則第9条）。",
                $"Reportable (triggers {list}). As a contractor, tell the entrusting business ({incident.EntrustingBusiness}) promptly; it then reports to the PPC and notifies the people (Art. 26(1) proviso, Rules Art. 9).");
        }

        var announce = incident.NoticeImpossible;
        return new BreachTriage(triggers, BreachDuty.ReportToPpc, true, announce, days,
            $"報告対象事態です（該当: {list}）。個人情報保護委員会へ速報・確報（{days}日以内）を行い、本人へ通知してください（法第26条）。"
                + (announce ? "本人への通知が困難なため、代替措置として公表してください（法第26条第2項ただし書）。" : string.Empty),
            $"Reportable (triggers {list}): send the PPC a preliminary and a final report (within {days} days) and notify the people (Art. 26)."
                + (announce ? " Notice being impossible, make a public announcement instead (Art. 26(2) proviso)." : string.Empty));
    }

    private static string Named(string type) => BreachDrafts.ItemName(type) is var name && name != type ? $"{name}: {type}" : type;

    /// <summary>The Japanese and English names of an unlawful act.</summary>
    /// <param name="act">The act.</param>
    public static (string Japanese, string English) ActName(UnlawfulAct act) => act switch
    {
        UnlawfulAct.UnauthorizedAccess => ("不正アクセス", "unauthorised access"),
        UnlawfulAct.Ransomware => ("ランサムウェア等のマルウェア", "ransomware or other malware"),
        UnlawfulAct.InsiderTheft => ("従業者等による持ち出し", "theft by an insider"),
        UnlawfulAct.FormSkimming => ("入力フォームの改ざん（スキミング）", "a skimmed web form"),
        UnlawfulAct.Theft => ("盗難", "theft"),
        UnlawfulAct.Other => ("不正な目的による行為", "an act with an unlawful purpose"),
        _ => ("なし", "none"),
    };
}
