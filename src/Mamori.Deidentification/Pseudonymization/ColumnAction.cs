namespace Mamori.Deidentification.Pseudonymization;

/// <summary>What pseudonymisation does with one column.</summary>
public enum ColumnAction
{
    /// <summary>Kept as is (attributes that identify no one on their own: amounts, products, dates of purchase).</summary>
    Keep,

    /// <summary>Removed: identifying descriptions (Rules Art. 31(1)(i)), identification codes (ii), financially harmful items (iii).</summary>
    Delete,

    /// <summary>Replaced by a keyed pseudonym, the same in every table of the run, so records still join.</summary>
    Pseudonymize,

    /// <summary>Free text: personal information found inside is replaced by typed tags; the rest is kept.</summary>
    RedactText,
}
