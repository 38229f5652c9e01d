using System.Globalization;
using System.Text;
using Mamori.Core.Calendar;
using Mamori.Detection;

namespace Mamori.Core.Incidents;

/// <summary>
/// Drafts the documents of Art. 26 from an incident: the report to the PPC with the nine items of Rules Art. 8(1) in
/// their order, the notice to the people with the five items the guidelines list (概要, 項目, 原因, 二次被害, その他), the
/// public announcement that replaces it when notice is impossible, and a contractor's notice to the entrusting business.
/// Facts come from the incident; what only people know is left as a marked gap (<see cref="Gap"/>).
/// </summary>
public static class BreachDrafts
{
    /// <summary>The mark of an item still to be written.</summary>
    public const string Gap = "【要記入】";

    /// <summary>The nine items of the PPC report (Rules Art. 8(1) (1)-(9)), in order.</summary>
    public static IReadOnlyList<string> ReportItems { get; } =
    [
        "概要",
        "漏えい等が発生し、又は発生したおそれがある個人データの項目",
        "漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数",
        "原因",
        "二次被害又はそのおそれの有無及びその内容",
        "本人への対応の実施状況",
        "公表の実施状況",
        "再発防止のための措置",
        "その他参考となる事項",
    ];

    /// <summary>The five items of the notice to the people (guidelines 3-5-4-3), in order.</summary>
    public static IReadOnlyList<string> NoticeItems { get; } =
    [
        "概要",
        "漏えい等が発生し、又は発生したおそれがある個人データの項目",
        "原因",
        "二次被害又はそのおそれの有無及びその内容",
        "その他参考となる事項",
    ];

    /// <summary>Drafts one document.</summary>
    /// <param name="kind">Which.</param>
    /// <param name="incident">The incident.</param>
    /// <param name="triage">Its triage.</param>
    /// <param name="deadlines">Its deadlines.</param>
    public static BreachDraft Draft(DraftKind kind, BreachIncident incident, BreachTriage triage, BreachDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(deadlines);
        return kind switch
        {
            DraftKind.PpcReport => Report(incident, triage, deadlines),
            DraftKind.EntrustingBusinessNotice => ToEntrustingBusiness(incident, triage, deadlines),
            DraftKind.Notice => Notice(incident, announcement: false),
            _ => Notice(incident, announcement: true),
        };
    }

    private static BreachDraft Report(BreachIncident incident, BreachTriage triage, BreachDeadlines deadlines)
    {
        var final = incident.Status is IncidentStatus.PreliminaryReported or IncidentStatus.FinalReported;
        var stage = final ? "確報" : "速報";
        var preamble = new StringBuilder()
            .Append("報告の区分: ").Append(stage).Append('\n')
            .Append("該当する報告対象事態（規則第7条）: ").Append(string.Join("、", triage.Met.Select(n => $"第{n}号"))).Append('\n');
        if (deadlines.FinalDue is { } due)
        {
            preamble.Append("確報の期限: ").Append(Day(due)).Append("（知った日 ").Append(Day(deadlines.AwareDate)).Append(" を1日目として").Append(deadlines.FinalDays).Append("日以内");
            if (deadlines.FinalMovedBecause is { } reason)
            {
                preamble.Append("。").Append(Day(deadlines.FinalLastDay!.Value)).Append(" が").Append(reason).Append("のため翌業務日");
            }

            preamble.Append('）');
        }

        return new BreachDraft(incident.Id, DraftKind.PpcReport, $"個人データの漏えい等に関する報告書（{stage}）案", "個人情報保護委員会 御中",
            preamble.ToString().TrimEnd(), ReportSections(incident, triage));
    }

    private static BreachDraft ToEntrustingBusiness(BreachIncident incident, BreachTriage triage, BreachDeadlines deadlines)
    {
        var preamble = "当社が貴社から委託を受けて取り扱う個人データについて、下記の事態が発生しましたので、個人情報の保護に関する法律第26条第1項ただし書及び同法施行規則第9条に基づき通知いたします。"
            + $"\n当社が当該事態を知った日: {Day(deadlines.AwareDate)}（速やかな通知の目安: {Day(deadlines.PreliminaryGuidance)} まで）";
        return new BreachDraft(incident.Id, DraftKind.EntrustingBusinessNotice, "個人データの漏えい等に関する通知（委託元への通知）案",
            $"{Or(incident.EntrustingBusiness, "委託元の名称")} 御中", preamble, ReportSections(incident, triage));
    }

    private static List<DraftSection> ReportSections(BreachIncident incident, BreachTriage triage)
    {
        var overview = new StringBuilder()
            .Append(Or(incident.Summary, "事案の概要（何が、いつ、どこで、どのように起きたか）")).Append("\n\n")
            .Append("- 件名: ").Append(incident.Title).Append('\n')
            .Append("- 事態の種類: ").Append(KindName(incident.Kind)).Append(incident.Suspected ? "（発生したおそれ）" : "（発生）").Append('\n')
            .Append("- 発生日時: ").Append(incident.OccurredAt is { } occurred ? Time(occurred) : Gap + "（不明の場合はその旨）").Append('\n');
        if (incident.DetectedAt is { } detected)
        {
            overview.Append("- 発覚日時: ").Append(Time(detected)).Append('\n');
        }

        overview.Append("- 事態を知った日時: ").Append(Time(incident.AwareAt)).Append('\n');
        foreach (var trigger in triage.Triggers.Where(t => t.Met))
        {
            overview.Append("- 規則第7条第").Append(trigger.Number).Append("号: ").Append(trigger.Reason).Append('\n');
        }

        var people = new StringBuilder()
            .Append(incident.People.ToString("N0", CultureInfo.InvariantCulture)).Append(" 人")
            .Append(incident.Suspected ? "（発生したおそれがあるものを含む）" : string.Empty)
            .Append(incident.Computed ? "。Mamori に登録されたデータから算出した記録時点の人数です。" : "。事業者が把握した人数です。");

        var cause = new StringBuilder().Append(Or(incident.Cause, "原因（判明している範囲で）"));
        if (incident.UnlawfulAct != UnlawfulAct.None)
        {
            cause.Append("\n\n不正の目的をもって行われたおそれのある行為: ").Append(BreachTriageRules.ActName(incident.UnlawfulAct).Japanese);
            if (incident.DataBeingCollected)
            {
                cause.Append("（取得しようとしていた個人情報を含む）");
            }
        }

        var response = new StringBuilder().Append(Or(incident.ResponseToIndividuals, "本人への通知・問い合わせ窓口の設置等の状況"));
        if (incident.NoticesSentAt is { } sent)
        {
            response.Append("\n\n本人への通知（又は公表）: ").Append(Time(sent)).Append(" 実施");
        }

        var other = new StringBuilder().Append(incident.Other.Length > 0 ? incident.Other : "特になし（必要に応じて記入）");
        if (incident.ActingAsContractor)
        {
            other.Append("\n\n当社は委託先として当該個人データを取り扱っています。委託元: ").Append(Or(incident.EntrustingBusiness, "委託元の名称"));
            if (incident.EntrustingBusinessToldAt is { } told)
            {
                other.Append("（").Append(Time(told)).Append(" 通知済）");
            }
        }

        return
        [
            new(1, ReportItems[0], overview.ToString()),
            new(2, ReportItems[1], ItemList(incident)),
            new(3, ReportItems[2], people.ToString()),
            new(4, ReportItems[3], cause.ToString()),
            new(5, ReportItems[4], Or(incident.SecondaryHarm, "二次被害（不正利用、なりすまし等）又はそのおそれの有無と内容")),
            new(6, ReportItems[5], response.ToString()),
            new(7, ReportItems[6], Or(incident.PublicAnnouncement, "公表の有無・時期・方法")),
            new(8, ReportItems[7], Or(incident.Prevention, "再発防止のための措置（実施済み・予定）")),
            new(9, ReportItems[8], other.ToString()),
        ];
    }

    private static BreachDraft Notice(BreachIncident incident, bool announcement)
    {
        var preamble = announcement
            ? "このたび、当社が保有する個人データについて、下記の事態が発生いたしました（又はそのおそれがあります）。関係する皆さまに個別にご連絡することが困難なため、公表によりお知らせいたします。ご迷惑とご心配をおかけしますことを深くお詫び申し上げます。"
            : "このたび、当社がお預かりしているお客様の個人データについて、下記の事態が発生いたしました（又はそのおそれがあります）。ご迷惑とご心配をおかけしますことを深くお詫び申し上げます。";
        var other = new StringBuilder();
        if (incident.Other.Length > 0)
        {
            other.Append(incident.Other).Append("\n\n");
        }

        other.Append("お問い合わせ窓口: ").Append(Or(incident.ContactPoint, "窓口の名称・電話番号・受付時間"));
        var sections = new List<DraftSection>
        {
            new(1, NoticeItems[0], Or(incident.Summary, "事案の概要") + $"\n\n（{KindName(incident.Kind)}{(incident.Suspected ? "のおそれ" : string.Empty)}。当社が把握した日: {Day(JapaneseBusinessDays.JapanDate(incident.AwareAt))}）"),
            new(2, NoticeItems[1], ItemList(incident)),
            new(3, NoticeItems[2], Or(incident.Cause, "原因")),
            new(4, NoticeItems[3], Or(incident.SecondaryHarm, "二次被害又はそのおそれの有無と内容（不審な連絡への注意のお願い等）")),
            new(5, NoticeItems[4], other.ToString()),
        };
        return announcement
            ? new BreachDraft(incident.Id, DraftKind.Announcement, "個人データの漏えい等に関するお知らせとお詫び（公表）案", "関係者各位", preamble, sections)
            : new BreachDraft(incident.Id, DraftKind.Notice, "個人データの漏えい等に関するお知らせとお詫び（本人への通知）案", "お客様各位", preamble, sections);
    }

    private static string ItemList(BreachIncident incident)
    {
        if (incident.Items.Count == 0)
        {
            return Gap + "（漏えい等した項目）";
        }

        var text = new StringBuilder();
        foreach (var item in incident.Items)
        {
            text.Append("- ").Append(ItemName(item.Type)).Append("（").Append(CategoryName(item.Category)).Append('）');
            if (item.People is { } people)
            {
                text.Append(": ").Append(people.ToString("N0", CultureInfo.InvariantCulture)).Append(" 人分");
            }

            text.Append('\n');
        }

        text.Append('\n').Append("データの保護状態: ").Append(incident.Protection switch
        {
            LeakedDataProtection.StrongEncryption => "高度な暗号化等の秘匿化済み",
            LeakedDataProtection.Encrypted => "暗号化されていたが、高度な暗号化等の措置には当たらない",
            LeakedDataProtection.Pseudonymised => "仮名加工情報",
            _ => "暗号化等の措置なし",
        });
        return text.ToString();
    }

    /// <summary>The Japanese name of an item type, for drafts.</summary>
    /// <param name="type">The item type.</param>
    public static string ItemName(string type) => type switch
    {
        EntityTypes.PersonName => "氏名",
        "PERSON_NAME_KANA" => "氏名（フリガナ）",
        EntityTypes.EmailAddress => "メールアドレス",
        EntityTypes.PhoneNumber => "電話番号",
        EntityTypes.Address => "住所",
        EntityTypes.PostalCode => "郵便番号",
        EntityTypes.DateOfBirth => "生年月日",
        EntityTypes.CreditCard => "クレジットカード番号",
        EntityTypes.BankAccount => "銀行口座情報",
        EntityTypes.MyNumber => "個人番号（マイナンバー）",
        EntityTypes.DriversLicense => "運転免許証番号",
        EntityTypes.Passport => "旅券番号",
        EntityTypes.HealthInsurance => "健康保険の被保険者証の記号・番号",
        EntityTypes.BasicPensionNumber => "基礎年金番号",
        EntityTypes.ResidenceCard => "在留カード番号",
        EntityTypes.ResidentRecordCode => "住民票コード",
        EntityTypes.SpecialCare => "要配慮個人情報（病歴等）",
        EntityTypes.Biometric => "生体情報",
        EntityTypes.IpAddress => "IP アドレス",
        EntityTypes.OnlineIdentifier => "オンライン識別子（Cookie ID 等）",
        "MEMBER_ID" => "会員番号",
        "GENDER" => "性別",
        _ => type,
    };

    private static string CategoryName(PiiCategory category) => category switch
    {
        PiiCategory.SpecialCare => "要配慮個人情報",
        PiiCategory.IdentificationCode => "個人識別符号",
        PiiCategory.PersonalRelated => "個人関連情報",
        PiiCategory.NotPersonal => "個人情報以外",
        _ => "個人情報",
    };

    private static string KindName(BreachKind kind) => kind switch
    {
        BreachKind.Loss => "滅失",
        BreachKind.Damage => "毀損",
        _ => "漏えい",
    };

    private static string Or(string? value, string gap) => string.IsNullOrWhiteSpace(value) ? $"{Gap}（{gap}）" : value.Trim();

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + "（" + "日月火水木金土"[(int)date.DayOfWeek] + "）";

    private static string Time(DateTimeOffset time) =>
        time.ToOffset(JapaneseBusinessDays.JapanOffset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + "（日本時間）";
}
