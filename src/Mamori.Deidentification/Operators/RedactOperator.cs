namespace Mamori.Deidentification.Operators;

/// <summary>Removes the value entirely.</summary>
public sealed class RedactOperator : IValueOperator
{
    /// <inheritdoc />
    public string Name => "redact";

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context) => string.Empty;
}
