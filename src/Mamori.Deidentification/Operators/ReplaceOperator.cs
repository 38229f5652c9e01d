namespace Mamori.Deidentification.Operators;

/// <summary>Replaces the value with a fixed text, by default a typed tag such as <c>&lt;氏名&gt;</c>.</summary>
/// <param name="replacement">The text to write; null writes <c>&lt;label&gt;</c> for the entity type.</param>
public sealed class ReplaceOperator(string? replacement = null) : IValueOperator
{
    /// <inheritdoc />
    public string Name => "replace";

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context) =>
        replacement ?? "<" + EntityLabels.Japanese(context.EntityType) + ">";
}
