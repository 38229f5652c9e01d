namespace Mamori.Core.Requests;

/// <summary>Why a request is refused; the person is told the reason (Art. 36). Texts: <see cref="RequestNames.Text(RefusalReason)"/>.</summary>
public enum RefusalReason
{
    /// <summary>本人確認ができない: the requester's identity (or an agent's authority) could not be verified.</summary>
    IdentityNotVerified,

    /// <summary>Art. 33(2)(i): disclosure may harm the life, body, property or other rights and interests of the person or a third party.</summary>
    HarmToPersonOrThirdParty,

    /// <summary>Art. 33(2)(ii): disclosure may seriously hinder the proper conduct of the business.</summary>
    SeriousHindranceToBusiness,

    /// <summary>Art. 33(2)(iii): disclosure would violate another law.</summary>
    ViolatesOtherLaw,

    /// <summary>保有個人データが存在しない: no retained personal data about the person.</summary>
    NoRetainedData,

    /// <summary>Art. 34/35: the legal requirements for correction, suspension, erasure or stop of provision are not met.</summary>
    RequirementsNotMet,

    /// <summary>Art. 38: the fee set for notification or disclosure was not paid.</summary>
    FeeNotPaid,

    /// <summary>The platform cannot yet carry out this kind of request (provision records are not available).</summary>
    NotYetAvailable,

    /// <summary>その他: another reason, explained in the note.</summary>
    Other,
}
