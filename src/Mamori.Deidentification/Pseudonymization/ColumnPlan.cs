namespace Mamori.Deidentification.Pseudonymization;

/// <summary>The decision for one column and why it was taken.</summary>
/// <param name="Column">The header.</param>
/// <param name="Action">What is done.</param>
/// <param name="EntityType">The entity id the column holds, when classified.</param>
/// <param name="Reason">The rule applied, in Japanese (e.g. <c>個人識別符号の削除（規則第31条第2号）</c>).</param>
public sealed record ColumnPlan(string Column, ColumnAction Action, string? EntityType, string Reason);
