using Microsoft.Extensions.Compliance.Classification;

namespace Mamori.Core.Taxonomy;

/// <summary>Marks a member holding 個人関連情報 (APPI class <see cref="AppiTaxonomy.PersonalRelated"/>); redactors and logging treat it accordingly.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class PersonalRelatedAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public PersonalRelatedAttribute()
        : base(AppiTaxonomy.PersonalRelated)
    {
    }
}
