using Microsoft.Extensions.Compliance.Classification;

namespace Mamori.Core.Taxonomy;

/// <summary>Marks a member holding 個人情報 (APPI class <see cref="AppiTaxonomy.Personal"/>); redactors and logging treat it accordingly.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class PersonalAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public PersonalAttribute()
        : base(AppiTaxonomy.Personal)
    {
    }
}
