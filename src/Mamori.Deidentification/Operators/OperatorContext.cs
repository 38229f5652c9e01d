namespace Mamori.Deidentification.Operators;

/// <summary>What an operator knows about the value it transforms.</summary>
/// <param name="EntityType">The entity id of the value (e.g. <c>PERSON_NAME</c>).</param>
public readonly record struct OperatorContext(string EntityType)
{
    /// <summary>
    /// A stable key of the person the value belongs to, when known (e.g. a member id). Date
    /// shifting uses it so every date of one person moves by the same amount.
    /// </summary>
    public string? SubjectKey { get; init; }
}
