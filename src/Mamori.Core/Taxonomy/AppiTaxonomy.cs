using Mamori.Detection;
using Microsoft.Extensions.Compliance.Classification;

namespace Mamori.Core.Taxonomy;

/// <summary>
/// The APPI data classes as <see cref="DataClassification"/> values of the taxonomy
/// <see cref="TaxonomyName"/>, so any .NET application can annotate its types (with
/// <see cref="IdentificationCodeAttribute"/> and the others) and have its logs redacted by class.
/// </summary>
public static class AppiTaxonomy
{
    /// <summary>The taxonomy name.</summary>
    public const string TaxonomyName = "Mamori.APPI";

    /// <summary>個人識別符号: identifies a person by itself (My Number, passport, biometrics…).</summary>
    public static DataClassification IdentificationCode { get; } = new(TaxonomyName, nameof(IdentificationCode));

    /// <summary>要配慮個人情報: special care-required information.</summary>
    public static DataClassification SpecialCare { get; } = new(TaxonomyName, nameof(SpecialCare));

    /// <summary>個人情報: identifies a person alone or by easy collation.</summary>
    public static DataClassification Personal { get; } = new(TaxonomyName, nameof(Personal));

    /// <summary>個人関連情報: about a person, not identifying (cookie ids, purchase histories…).</summary>
    public static DataClassification PersonalRelated { get; } = new(TaxonomyName, nameof(PersonalRelated));

    /// <summary>The classification of a detection category.</summary>
    /// <param name="category">The APPI category.</param>
    public static DataClassification For(PiiCategory category) => category switch
    {
        PiiCategory.IdentificationCode => IdentificationCode,
        PiiCategory.SpecialCare => SpecialCare,
        PiiCategory.Personal => Personal,
        PiiCategory.PersonalRelated => PersonalRelated,
        _ => DataClassification.None,
    };
}
