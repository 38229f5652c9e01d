namespace Mamori.Deidentification.Anonymization;

/// <summary>The anonymised table, the transformation chosen and the report.</summary>
/// <param name="Table">The output: identifier columns removed, quasi-identifiers generalised, suppressed rows removed or masked.</param>
/// <param name="Transformation">The level of each quasi-identifier, in the order they were given.</param>
/// <param name="Report">What was achieved, for the record and for publication.</param>
public sealed record AnonymizationResult(ColumnarTable Table, IReadOnlyList<ColumnGeneralization> Transformation, AnonymizationReport Report);
