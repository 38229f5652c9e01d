namespace Mamori.Core.Requests;

/// <summary>Where a request stands. Received → Verified → Fulfilled; Received or Verified → Refused. Fulfilled and Refused are final.</summary>
public enum RequestStatus
{
    /// <summary>受付済み: recorded with its channel; the response clock runs.</summary>
    Received,

    /// <summary>本人確認済み: identity (and for an agent, the agent's authority) verified.</summary>
    Verified,

    /// <summary>対応済み: answered and acted on.</summary>
    Fulfilled,

    /// <summary>不対応（理由通知）: refused, with the reason told to the person (Art. 36).</summary>
    Refused,
}
