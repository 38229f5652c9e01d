namespace Mamori.Core.Provision;

/// <summary>
/// The legal basis on which personal data goes to a recipient (Art. 27). Consent, an Art. 27(1) exception and opt-out are
/// provisions to a third party; entrustment, business succession and joint use are not (Art. 27(5)).
/// </summary>
public enum ProvisionBasis
{
    /// <summary>本人の同意: the person's prior consent (Art. 27(1)). Provider record: recipient, person, items, consent obtained.</summary>
    Consent,

    /// <summary>Art. 27(1)(i)-(vii) exceptions (laws, life/body/property, public health, authorities, academic research): no record required.</summary>
    Exception,

    /// <summary>オプトアウト: filed with the PPC (Art. 27(2)). Provider record: recipient, person, items, date.</summary>
    OptOut,

    /// <summary>委託: not a third party (Art. 27(5)(i)); no record required.</summary>
    Entrustment,

    /// <summary>事業承継: not a third party (Art. 27(5)(ii)); no record required.</summary>
    BusinessSuccession,

    /// <summary>共同利用: not a third party when the joint-use statement is published (Art. 27(5)(iii)); no record required.</summary>
    JointUse,
}
