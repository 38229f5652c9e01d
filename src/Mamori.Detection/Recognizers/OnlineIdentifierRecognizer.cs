using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Online identifiers (個人関連情報): advertising ids (IDFA/AAID, UUID-shaped) and cookie ids.
/// A UUID alone is usually an order or session key, so it needs a context word or a field named
/// like an identifier; the cookie formats of common analytics tags (<c>GA1.2.…</c>, <c>fb.1.…</c>)
/// are reported on their own. In a field named cookie/idfa/device id, any opaque token is one.
/// </summary>
public sealed partial class OnlineIdentifierRecognizer : IRecognizer
{
    private const double BareUuid = 0.4;
    private const double ContextBoost = 0.5;
    private const double AnalyticsCookie = 0.85;
    private const double OpaqueTokenInField = 0.85;
    private const double KeyedToken = 0.85;

    private static readonly FrozenSet<string> s_identifierKeys = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "sid", "session_id", "sessionid", "session", "cookie", "cookie_id", "cookieid", "uid", "user_id", "userid", "visitor_id",
        "visitorid", "client_id", "clientid", "device_id", "deviceid", "idfa", "idfv", "aaid", "gaid", "adid", "ad_id",
        "advertising_id", "_ga", "_gid", "_fbp", "fbp", "anonymous_id", "tracking_id", "browser_id");

    private static readonly SearchValues<char> s_hex = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> s_token = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-:=+/");

    /// <inheritdoc />
    public string Name => "online_identifier";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.OnlineIdentifier];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        const string type = Detection.EntityTypes.OnlineIdentifier;
        var trimmed = text.Trim();
        if (input.FieldSuggests(type) && trimmed.Length >= 16 && !trimmed.ContainsAnyExcept(s_token))
        {
            var start = text.IndexOf(trimmed[0]);
            findings.Add(new Finding(type, PiiCategory.PersonalRelated, start, trimmed.Length, OpaqueTokenInField) { Recognizer = Name });
            return;
        }

        // UUIDs: 8-4-4-4-12 hex digits; anchor on the first hyphen.
        for (var i = text.IndexOf('-'); i >= 0; i = Next(text, i + 1))
        {
            var start = i - 8;
            if (start < 0 || start + 36 > text.Length || !IsUuid(text.Slice(start, 36))
                || (start > 0 && (s_hex.Contains(text[start - 1]) || text[start - 1] == '-'))
                || (start + 36 < text.Length && (s_hex.Contains(text[start + 36]) || text[start + 36] == '-')))
            {
                continue;
            }

            var context = input.HasContext(type, start, 36);
            findings.Add(new Finding(type, PiiCategory.PersonalRelated, start, 36, Scores.With(BareUuid, context, ContextBoost)) { Recognizer = Name });
            i = start + 36;
        }

        FindKeyedTokens(input, text, findings);

        if (HasAnalyticsCookie(text))
        {
            foreach (var match in AnalyticsCookieValue().EnumerateMatches(text))
            {
                findings.Add(new Finding(type, PiiCategory.PersonalRelated, match.Index, match.Length, AnalyticsCookie) { Recognizer = Name });
            }
        }
    }

    /// <summary>
    /// Values of identifier keys in logs, query strings and JSON: <c>sid=…</c>, <c>cookie_id=…</c>,
    /// <c>"idfa":"…"</c>. The value must be an opaque token of 16 or more characters.
    /// </summary>
    private void FindKeyedTokens(RecognitionInput input, ReadOnlySpan<char> text, List<Finding> findings)
    {
        // '=' and the colon of a JSON key ("key":); plain colons are everywhere in Japanese text (氏名：…), so the quote
        // and colon are searched together.
        FindKeyedTokens(input, text, "=", 0, findings);
        FindKeyedTokens(input, text, "\":", 1, findings);
    }

    private void FindKeyedTokens(RecognitionInput input, ReadOnlySpan<char> text, string separator, int offset, List<Finding> findings)
    {
        for (var i = IndexOf(text, separator, 0, offset); i >= 0; i = IndexOf(text, separator, i + 1, offset))
        {
            var keyEnd = i;
            if (text[i] == ':')
            {
                if (i == 0 || text[i - 1] != '"')
                {
                    continue; // only JSON keys ("key": …) for colons: plain colons are everywhere in Japanese text
                }

                keyEnd = i - 1;
            }

            var keyStart = keyEnd;
            while (keyStart > 0 && (char.IsAsciiLetterOrDigit(text[keyStart - 1]) || text[keyStart - 1] is '_' or '-'))
            {
                keyStart--;
            }

            if (keyEnd - keyStart is < 2 or > 24 || !s_identifierKeys.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[keyStart..keyEnd]))
            {
                continue;
            }

            var valueStart = i + 1;
            while (valueStart < text.Length && text[valueStart] is ' ' or '"')
            {
                valueStart++;
            }

            var valueEnd = valueStart;
            while (valueEnd < text.Length && s_token.Contains(text[valueEnd]) && text[valueEnd] is not (':' or '=' or '+' or '/'))
            {
                valueEnd++;
            }

            while (valueEnd > valueStart && text[valueEnd - 1] is '.' or '-' or '_')
            {
                valueEnd--;
            }

            if (valueEnd - valueStart is >= 16 and <= 128)
            {
                findings.Add(new Finding(Detection.EntityTypes.OnlineIdentifier, PiiCategory.PersonalRelated, valueStart, valueEnd - valueStart, KeyedToken) { Recognizer = Name });
                i = valueEnd - 1;
            }
        }
    }


    /// <summary>Whether GA1. or fb. is in the text: one search for the full stop they end with (rare in Japanese text).</summary>
    private static bool HasAnalyticsCookie(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('.'); at >= 0;)
        {
            if ((at >= 3 && text[(at - 3)..at].SequenceEqual("GA1")) || (at >= 2 && text[(at - 2)..at].SequenceEqual("fb")))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf('.');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>The position of <paramref name="separator"/>'s character at <paramref name="offset"/>, searching from <paramref name="from"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, string separator, int from, int offset)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var next = text[from..].IndexOf(separator, StringComparison.Ordinal);
        return next < 0 ? -1 : from + next + offset;
    }

    private static int Next(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var next = text[from..].IndexOf('-');
        return next < 0 ? -1 : from + next;
    }

    private static bool IsUuid(ReadOnlySpan<char> candidate)
    {
        for (var i = 0; i < 36; i++)
        {
            var ok = i is 8 or 13 or 18 or 23 ? candidate[i] == '-' : s_hex.Contains(candidate[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?:GA1\.[0-9]\.[0-9]{6,12}\.[0-9]{9,11}|fb\.[0-9]\.[0-9]{13}\.[0-9]{6,20})(?![0-9])")]
    private static partial Regex AnalyticsCookieValue();
}
