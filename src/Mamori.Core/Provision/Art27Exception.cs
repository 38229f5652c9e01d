namespace Mamori.Core.Provision;

/// <summary>Which Art. 27(1) exception a recipient is provided to under (no consent needed, no Art. 29 record).</summary>
public enum Art27Exception
{
    /// <summary>(i) Based on laws and regulations (法令に基づく場合).</summary>
    Laws,

    /// <summary>(ii) Needed to protect a person's life, body or property when consent is hard to obtain.</summary>
    LifeBodyProperty,

    /// <summary>(iii) Specially needed for public health or children's healthy upbringing.</summary>
    PublicHealth,

    /// <summary>(iv) Cooperation with a state organ or local government performing duties under law.</summary>
    Authorities,

    /// <summary>(v)-(vii) Academic research (the provider or recipient is an academic research institution).</summary>
    AcademicResearch,
}
