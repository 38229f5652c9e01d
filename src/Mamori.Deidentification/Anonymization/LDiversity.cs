namespace Mamori.Deidentification.Anonymization;

/// <summary>
/// Distinct l-diversity: every released equivalence class holds at least <see cref="L"/> distinct
/// values of the sensitive column <see cref="Column"/>, so that belonging to a class does not
/// disclose the sensitive value.
/// </summary>
/// <param name="Column">A column declared in <see cref="AnonymizationOptions.SensitiveColumns"/>.</param>
/// <param name="L">At least 2.</param>
public sealed record LDiversity(string Column, int L);
