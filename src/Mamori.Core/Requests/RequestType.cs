namespace Mamori.Core.Requests;

/// <summary>What a person asks of the business about their retained personal data (Art. 32-35).</summary>
public enum RequestType
{
    /// <summary>利用目的の通知 (Art. 32(2)): tell the person the purposes their data is used for. A fee may be charged (Art. 38).</summary>
    PurposeNotification,

    /// <summary>開示 (Art. 33(1)): all their retained data, by the method they choose (JSON, CSV or PDF). A fee may be charged (Art. 38).</summary>
    Disclosure,

    /// <summary>第三者提供記録の開示 (Art. 33(5)): the Art. 29/30 records of provision and receipt about them. A fee may be charged (Art. 38).</summary>
    RecordDisclosure,

    /// <summary>訂正・追加・削除 (Art. 34): an item's content is wrong.</summary>
    Correction,

    /// <summary>利用停止 (Art. 35(1)/(5)): stop all use of their data.</summary>
    Suspension,

    /// <summary>消去 (Art. 35(1)/(5)): erase their data (crypto-shredding).</summary>
    Erasure,

    /// <summary>第三者提供の停止 (Art. 35(3)/(5)): stop providing their data to third parties.</summary>
    StopProvision,

    /// <summary>連絡の停止 (Art. 35(5), e.g. direct mail after they asked to stop): no purpose that contacts the person may use their data.</summary>
    DoNotContact,
}
