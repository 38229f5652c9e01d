namespace Mamori.Core.Incidents;

/// <summary>The documents drafted from an incident.</summary>
public enum DraftKind
{
    /// <summary>漏えい等報告 to the PPC (Rules Art. 8): nine items.</summary>
    PpcReport,

    /// <summary>本人への通知 (Art. 26(2); Rules Art. 10): five items.</summary>
    Notice,

    /// <summary>公表 in place of notice when notice is impossible (Art. 26(2) proviso): the notice's five items.</summary>
    Announcement,

    /// <summary>委託元への通知 by a contractor (Art. 26(1) proviso; Rules Art. 9): the report's nine items.</summary>
    EntrustingBusinessNotice,
}
