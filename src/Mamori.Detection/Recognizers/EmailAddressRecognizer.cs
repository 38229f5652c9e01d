using System.Buffers;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// E-mail addresses: found from each '@' outward, so a Japanese sentence glued to the address
/// (<c>連絡はtaro@example.jpまで</c>) does not hide it. The domain needs a dot and a top-level
/// domain of two or more letters.
/// </summary>
public sealed class EmailAddressRecognizer : IRecognizer
{
    private const double Plain = 0.85;
    private const double ContextBoost = 0.1;

    private static readonly SearchValues<char> s_local = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-");
    private static readonly SearchValues<char> s_letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static readonly SearchValues<char> s_domain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    /// <inheritdoc />
    public string Name => "email_address";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.EmailAddress];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        for (var at = text.IndexOf('@'); at >= 0; at = NextAt(text, at))
        {
            var start = at;
            while (start > 0 && s_local.Contains(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] == '.')
            {
                start++;
            }

            var end = at + 1;
            while (end < text.Length && s_domain.Contains(text[end]))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start == at || text[at - 1] == '.' || !IsDomain(text[(at + 1)..end]))
            {
                continue;
            }

            var context = input.HasContext(Detection.EntityTypes.EmailAddress, start, end - start);
            findings.Add(new Finding(Detection.EntityTypes.EmailAddress, PiiCategory.Personal, start, end - start,
                Scores.With(Plain, context, ContextBoost)) { Recognizer = Name });
        }
    }

    private static int NextAt(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf('@');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Contains("..", StringComparison.Ordinal) || domain[0] is '.' or '-')
        {
            return false;
        }

        var tld = domain[(lastDot + 1)..];
        return tld.Length >= 2 && !tld.ContainsAnyExcept(s_letters);
    }
}
