namespace Mamori.Deidentification.Anonymization;

/// <summary>One bar of the equivalence-class size histogram.</summary>
/// <param name="Size">The class size (records sharing one combination of generalised quasi-identifiers).</param>
/// <param name="Classes">How many classes have this size.</param>
/// <param name="Records">How many records they hold (<c>Size × Classes</c>).</param>
public readonly record struct ClassSizeBin(int Size, int Classes, long Records);
