namespace Mamori.Deidentification.Anonymization;

/// <summary>What happens to the records that stay in equivalence classes too small (or not diverse enough) after generalisation.</summary>
public enum SuppressionMode
{
    /// <summary>The records are left out of the output (the default): every released class then meets k (and l).</summary>
    Remove,

    /// <summary>
    /// The records stay, with every quasi-identifier replaced by <c>*</c> (as ARX does); their other
    /// columns are kept. These all-<c>*</c> records are not counted as an equivalence class in the report.
    /// </summary>
    Mask,
}
