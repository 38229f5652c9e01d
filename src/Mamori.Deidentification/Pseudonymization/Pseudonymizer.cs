using Mamori.Deidentification.Keys;
using Mamori.Deidentification.Operators;
using Mamori.Deidentification.Redaction;

namespace Mamori.Deidentification.Pseudonymization;

/// <summary>
/// Applies a <see cref="PseudonymizationPlan"/> row by row (streaming: any table size). Subject keys
/// become keyed pseudonyms (HMAC-SHA256 under the run's key, prefix <c>P</c>), identical for the
/// same person in every table processed with the same key, so customers and their purchases still
/// join. The mapping from pseudonym back to the original key is collected for the separately kept
/// 削除情報等 file.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>The entity type under which subject keys are hashed (one namespace for every table).</summary>
    public const string SubjectKeyType = "SUBJECT_KEY";

    private readonly KeyedHashOperator _hash;
    private readonly TextRedactor? _redactor;
    private readonly int[] _outputIndexes;

    /// <summary>Creates a pseudonymiser.</summary>
    /// <param name="plan">The column decisions.</param>
    /// <param name="keys">The key ring; its active key makes the pseudonyms.</param>
    /// <param name="redactor">Cleans free-text columns; required when the plan has any.</param>
    public Pseudonymizer(PseudonymizationPlan plan, KeyRing keys, TextRedactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(keys);
        if (redactor is null && plan.Columns.Any(c => c.Action == ColumnAction.RedactText))
        {
            throw new ArgumentException("The plan cleans free text but no redactor was given.", nameof(redactor));
        }

        Plan = plan;
        _hash = new KeyedHashOperator(keys, bytes: 10, prefix: "P");
        _redactor = redactor;
        _outputIndexes = [.. plan.Columns.Select((c, i) => (c, i)).Where(x => x.c.Action != ColumnAction.Delete).Select(x => x.i)];
        OutputHeader = [.. _outputIndexes.Select(i => plan.Columns[i].Column)];
    }

    /// <summary>The plan applied.</summary>
    public PseudonymizationPlan Plan { get; }

    /// <summary>The id of the key that made the pseudonyms.</summary>
    public string KeyId => _hash.KeyId;

    /// <summary>The output columns (deleted ones left out).</summary>
    public IReadOnlyList<string> OutputHeader { get; }

    /// <summary>Transforms one row.</summary>
    /// <param name="row">The values, one per plan column.</param>
    /// <param name="deleted">Receives pseudonym-to-key pairs for the 削除情報等 file.</param>
    /// <param name="summary">Receives counts of values transformed in free text.</param>
    /// <returns>The output row, one value per <see cref="OutputHeader"/> column.</returns>
    /// <exception cref="ArgumentException">The row has a different number of values than the plan has columns.</exception>
    public string[] Transform(IReadOnlyList<string> row, DeletedInformation deleted, RedactionSummary? summary = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(deleted);
        if (row.Count != Plan.Columns.Count)
        {
            throw new ArgumentException($"The row has {row.Count} values but the table has {Plan.Columns.Count} columns.", nameof(row));
        }

        var output = new string[_outputIndexes.Length];
        for (var i = 0; i < _outputIndexes.Length; i++)
        {
            var index = _outputIndexes[i];
            var column = Plan.Columns[index];
            var value = row[index];
            output[i] = column.Action switch
            {
                ColumnAction.Pseudonymize when value.Length > 0 => Pseudonym(value, deleted),
                ColumnAction.RedactText => _redactor!.Redact(value, column.Column, summary),
                _ => value,
            };
        }

        return output;
    }

    private string Pseudonym(string key, DeletedInformation deleted)
    {
        var pseudonym = _hash.Apply(key, new OperatorContext(SubjectKeyType));
        deleted.Record(pseudonym, key);
        return pseudonym;
    }
}
