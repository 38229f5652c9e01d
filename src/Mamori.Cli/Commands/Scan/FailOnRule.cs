using Mamori.Detection;
using Mamori.Scanning.Records;

namespace Mamori.Cli.Commands.Scan;

/// <summary>
/// <c>--fail-on</c>: the scan exits 1 when a finding or classified column has one of the listed
/// categories (<c>special_care</c>, <c>identification_code</c>, <c>personal</c>, <c>personal_related</c>)
/// or entity ids, when <c>any</c> finding or column exists, or, with <c>error</c>, when something could not be read.
/// </summary>
internal sealed class FailOnRule
{
    public const string Any = "any";
    public const string Error = "error";

    private readonly HashSet<PiiCategory> _categories = [];
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly bool _any;
    private readonly bool _errors;

    private FailOnRule(bool any, bool errors)
    {
        _any = any;
        _errors = errors;
    }

    public bool Matched { get; private set; }

    public bool IsEmpty => !_any && !_errors && _categories.Count == 0 && _types.Count == 0;

    /// <summary>Parses the tokens; returns the unknown ones in <paramref name="unknown"/>.</summary>
    public static FailOnRule Parse(IEnumerable<string> tokens, Func<string, bool> isKnownType, out List<string> unknown)
    {
        unknown = [];
        var list = tokens.ToList();
        var rule = new FailOnRule(
            list.Exists(t => t.Equals(Any, StringComparison.OrdinalIgnoreCase)),
            list.Exists(t => t.Equals(Error, StringComparison.OrdinalIgnoreCase)));
        foreach (var token in list)
        {
            if (token.Equals(Any, StringComparison.OrdinalIgnoreCase) || token.Equals(Error, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (PiiCategoryExtensions.TryParse(token, out var category))
            {
                rule._categories.Add(category);
            }
            else if (isKnownType(token.ToUpperInvariant()))
            {
                rule._types.Add(token.ToUpperInvariant());
            }
            else
            {
                unknown.Add(token);
            }
        }

        return rule;
    }

    public void Observe(ScanRecord record)
    {
        if (Matched)
        {
            return;
        }

        Matched = record switch
        {
            ScanFinding finding => Matches(finding.Type, finding.Category),
            ColumnClassification column => Matches(column.Type, column.Category),
            ScanError => _errors,
            _ => false,
        };
    }

    private bool Matches(string type, PiiCategory category) =>
        (_any && category != PiiCategory.NotPersonal) || _categories.Contains(category) || _types.Contains(type);
}
