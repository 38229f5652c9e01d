namespace Mamori.Core.Provision;

/// <summary>How provision to a recipient in a foreign country is allowed (Art. 28; Rules Art. 16-18).</summary>
public enum ForeignTransferBasis
{
    /// <summary>The person's consent after being told the country, its protection regime and the recipient's measures (Art. 28(1), (2)).</summary>
    Consent,

    /// <summary>A country with a regime the PPC recognises as equivalent: the EU/EEA and the UK (Rules Art. 15).</summary>
    AdequateCountry,

    /// <summary>The recipient keeps an equivalent system under a contract or other binding arrangement (Rules Art. 16(1)), reviewed periodically.</summary>
    EquivalentSystemContract,

    /// <summary>The recipient holds an international framework recognition: APEC CBPR (Rules Art. 16(2)), reviewed periodically.</summary>
    ApecCbpr,
}
