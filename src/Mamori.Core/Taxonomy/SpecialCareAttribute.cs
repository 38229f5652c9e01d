using Microsoft.Extensions.Compliance.Classification;

namespace Mamori.Core.Taxonomy;

/// <summary>Marks a member holding 要配慮個人情報 (APPI class <see cref="AppiTaxonomy.SpecialCare"/>); redactors and logging treat it accordingly.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class SpecialCareAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SpecialCareAttribute()
        : base(AppiTaxonomy.SpecialCare)
    {
    }
}
