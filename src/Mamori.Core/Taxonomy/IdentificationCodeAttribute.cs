using Microsoft.Extensions.Compliance.Classification;

namespace Mamori.Core.Taxonomy;

/// <summary>Marks a member holding 個人識別符号 (APPI class <see cref="AppiTaxonomy.IdentificationCode"/>); redactors and logging treat it accordingly.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class IdentificationCodeAttribute : DataClassificationAttribute
{
    /// <summary>Creates the attribute.</summary>
    public IdentificationCodeAttribute()
        : base(AppiTaxonomy.IdentificationCode)
    {
    }
}
