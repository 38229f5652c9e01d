using System.Text.RegularExpressions;
using Mamori.Detection.Validation;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// A recognizer made from a regular expression, optional context words and an optional check digit:
/// what <c>--config</c> files declare as custom recognizers, and usable directly from code. The
/// pattern runs on folded text (full-width digits and letters already ASCII, see
/// <see cref="Text.JapaneseTextNormalizer"/>). A match scores <see cref="Score"/>, or
/// <see cref="ContextScore"/> when one of the context words (its own or the detector's for
/// <see cref="EntityType"/>) appears near it or in the field name.
/// </summary>
public sealed class PatternRecognizer : IRecognizer
{
    /// <summary>How much a match failing the advisory <see cref="PatternValidator.DriversLicense"/> check loses.</summary>
    public const double AdvisoryFailurePenalty = 0.15;

    /// <summary>The longest time one regular expression may run on one text before the text is skipped.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private const int WindowBefore = 40;
    private const int WindowAfter = 20;

    private readonly Regex _regex;
    private readonly string[] _contextWords;

    /// <summary>Creates a pattern recognizer.</summary>
    /// <param name="name">A short stable name reported with each finding.</param>
    /// <param name="entityType">The entity id it reports (a built-in one or a new one such as <c>EMPLOYEE_ID</c>).</param>
    /// <param name="category">The APPI category of its findings.</param>
    /// <param name="pattern">A .NET regular expression, matched against folded text.</param>
    /// <param name="contextWords">Words that raise a match to <paramref name="contextScore"/> when near it.</param>
    /// <param name="validator">A check-digit test applied to the ASCII digits of each match.</param>
    /// <param name="score">Confidence of a match without context, in [0,1].</param>
    /// <param name="contextScore">Confidence of a match with context, in [0,1].</param>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression, or a score is outside [0,1].</exception>
    public PatternRecognizer(
        string name,
        string entityType,
        PiiCategory category,
        string pattern,
        IEnumerable<string>? contextWords = null,
        PatternValidator validator = PatternValidator.None,
        double score = 0.5,
        double contextScore = 0.85)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        if (score is < 0 or > 1 || double.IsNaN(score))
        {
            throw new ArgumentException("The score must lie in [0,1].", nameof(score));
        }

        if (contextScore is < 0 or > 1 || double.IsNaN(contextScore))
        {
            throw new ArgumentException("The context score must lie in [0,1].", nameof(contextScore));
        }

        try
        {
            _regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The pattern of recognizer '{name}' is not a valid regular expression: {ex.Message}", nameof(pattern), ex);
        }

        Name = name;
        EntityType = entityType;
        Category = category;
        Pattern = pattern;
        Validator = validator;
        Score = score;
        ContextScore = contextScore;
        _contextWords = contextWords is null ? [] : [.. contextWords.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.OrdinalIgnoreCase)];
        EntityTypes = [entityType];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The entity id this recognizer reports.</summary>
    public string EntityType { get; }

    /// <summary>The APPI category of its findings.</summary>
    public PiiCategory Category { get; }

    /// <summary>The regular expression.</summary>
    public string Pattern { get; }

    /// <summary>The check-digit test applied to each match.</summary>
    public PatternValidator Validator { get; }

    /// <summary>Confidence of a match without context.</summary>
    public double Score { get; }

    /// <summary>Confidence of a match with context.</summary>
    public double ContextScore { get; }

    /// <summary>The recognizer's own context words.</summary>
    public IReadOnlyList<string> ContextWords => _contextWords;

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; }

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = input.Text;
        Match match;
        try
        {
            match = _regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return;
        }

        while (match.Success)
        {
            if (match.Length > 0)
            {
                var score = Validate(match.ValueSpan);
                if (score is { } passed)
                {
                    var withContext = HasContext(input, match.Index, match.Length);
                    var confidence = withContext ? Math.Max(ContextScore - passed, 0) : Math.Max(Score - passed, 0);
                    findings.Add(new Finding(EntityType, Category, match.Index, match.Length, confidence) { Recognizer = Name });
                }
            }

            try
            {
                match = match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                return;
            }
        }
    }

    /// <summary>Returns the penalty to subtract (0 when the check passes or none applies), or null to drop the match.</summary>
    private double? Validate(ReadOnlySpan<char> value)
    {
        if (Validator == PatternValidator.None)
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[32];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == buffer.Length)
                {
                    return Validator == PatternValidator.DriversLicense ? AdvisoryFailurePenalty : null;
                }

                buffer[count++] = c;
            }
        }

        var digits = buffer[..count];
        return Validator switch
        {
            PatternValidator.Luhn => Checksums.IsValidLuhn(digits) ? 0 : null,
            PatternValidator.MyNumber => Checksums.IsValidMyNumber(digits) ? 0 : null,
            PatternValidator.CorporateNumber => Checksums.IsValidCorporateNumber(digits) ? 0 : null,
            PatternValidator.DriversLicense => Checksums.PassesDriversLicenseCheck(digits) ? 0 : AdvisoryFailurePenalty,
            _ => 0,
        };
    }

    /// <summary>A field whose name holds one of this recognizer's context words or the detector's for <see cref="EntityType"/>.</summary>
    /// <param name="fieldName">A column header or key.</param>
    /// <param name="context">The detector's context words.</param>
    public bool ReadsField(string fieldName, ContextCatalog context) =>
        (context?.FieldMatches(EntityType, fieldName) ?? false) || (fieldName is not null && ContainsAny(fieldName, _contextWords));

    private bool HasContext(RecognitionInput input, int start, int length)
    {
        if (input.HasContext(EntityType, start, length))
        {
            return true;
        }

        if (_contextWords.Length == 0)
        {
            return false;
        }

        if (input.FieldName is { } field && ContainsAny(field, _contextWords))
        {
            return true;
        }

        var text = input.Text;
        var from = Math.Max(0, start - WindowBefore);
        var to = Math.Min(text.Length, start + length + WindowAfter);
        return ContainsAny(text.AsSpan(from, start - from), _contextWords)
            || ContainsAny(text.AsSpan(start + length, to - start - length), _contextWords);
    }

    private static bool ContainsAny(ReadOnlySpan<char> window, string[] words)
    {
        foreach (var word in words)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
