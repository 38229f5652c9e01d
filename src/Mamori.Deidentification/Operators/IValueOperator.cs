namespace Mamori.Deidentification.Operators;

/// <summary>Transforms one personal value (redaction, masking, hashing, encryption, surrogates, dates).</summary>
public interface IValueOperator
{
    /// <summary>The operator's stable name, as used in profiles and manifests (e.g. <c>mask</c>).</summary>
    string Name { get; }

    /// <summary>Transforms <paramref name="value"/>.</summary>
    /// <param name="value">The personal value as found.</param>
    /// <param name="context">Its entity type and subject.</param>
    /// <returns>The value to write instead.</returns>
    string Apply(string value, in OperatorContext context);
}
