namespace Mamori.Deidentification.Redaction;

/// <summary>One finding and what it is replaced with.</summary>
/// <param name="Start">Start in the input text.</param>
/// <param name="Length">Length in the input text.</param>
/// <param name="Type">The entity id.</param>
/// <param name="Operator">The operator applied.</param>
/// <param name="Text">The replacement text.</param>
public readonly record struct Replacement(int Start, int Length, string Type, string Operator, string Text)
{
    /// <summary>True when the replacement keeps the value's shape and can be restored by position (FF1).</summary>
    public bool RestorableByPosition => Operator == "fpe" && Text.Length == Length && Text.Any(char.IsDigit) && Text.Contains('*') is false;
}
