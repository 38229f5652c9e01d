namespace Mamori.Deidentification.Operators;

/// <summary>An operator whose output can be turned back into the original with the key.</summary>
public interface IReversibleOperator : IValueOperator
{
    /// <summary>The id of the key the operator uses; recorded beside its output.</summary>
    string KeyId { get; }

    /// <summary>Recovers the original value from what <see cref="IValueOperator.Apply"/> produced.</summary>
    /// <param name="value">A transformed value.</param>
    /// <param name="context">The same context as when applying.</param>
    /// <returns>The original value.</returns>
    /// <exception cref="System.Security.Cryptography.CryptographicException">Wrong key, or the value was altered.</exception>
    string Restore(string value, in OperatorContext context);
}
