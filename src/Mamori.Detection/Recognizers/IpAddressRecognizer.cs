using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// IPv4 dotted quads (each part 0-255) and IPv6 addresses (checked by <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>).
/// Unspecified, loopback and broadcast addresses identify no one and score low; version strings
/// glued to letters (v1.2.3.4) are skipped.
/// </summary>
public sealed class IpAddressRecognizer : IRecognizer
{
    private const double Public = 0.65;
    private const double Special = 0.3;
    private const double ContextBoost = 0.25;

    private static readonly SearchValues<char> s_ipv6 = SearchValues.Create("0123456789abcdefABCDEF:.");

    /// <inheritdoc />
    public string Name => "ip_address";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.IpAddress];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        FindIPv4(input, text, findings);
        if (text.Contains("::", StringComparison.Ordinal) || text.Count(':') >= 3)
        {
            FindIPv6(input, text, findings);
        }
    }

    private void FindIPv4(RecognitionInput input, ReadOnlySpan<char> text, List<Finding> findings)
    {
        var position = 0;
        while (position < text.Length)
        {
            var dot = text[position..].IndexOf('.');
            if (dot < 0)
            {
                return;
            }

            dot += position;
            var start = dot;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            if (start == dot || (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '.' or '-' or '_' || IsPathSegment(text, start))))
            {
                position = dot + 1;
                continue;
            }

            var end = ParseQuad(text, start, out var octets);
            if (end < 0)
            {
                position = dot + 1;
                continue;
            }

            var special = octets[0] is 0 or 127 or 255 || (octets[0] == 255 && octets[3] == 255);
            var context = input.HasContext(Detection.EntityTypes.IpAddress, start, end - start);
            findings.Add(new Finding(Detection.EntityTypes.IpAddress, PiiCategory.PersonalRelated, start, end - start,
                special ? Special : Scores.With(Public, context, ContextBoost)) { Recognizer = Name });
            position = end;
        }
    }

    /// <summary>After a single '/' the numbers are a version in a product token (Chrome/120.0.0.0); after '//' they are a URL host.</summary>
    private static bool IsPathSegment(ReadOnlySpan<char> text, int start) =>
        text[start - 1] == '/' && !(start >= 2 && text[start - 2] == '/');

    /// <summary>Parses a.b.c.d at <paramref name="start"/>; returns the end offset or -1.</summary>
    private static int ParseQuad(ReadOnlySpan<char> text, int start, out int[] octets)
    {
        octets = new int[4];
        var i = start;
        for (var part = 0; part < 4; part++)
        {
            var digits = 0;
            var value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 4)
            {
                value = (value * 10) + (text[i] - '0');
                digits++;
                i++;
            }

            if (digits is 0 or > 3 || value > 255)
            {
                return -1;
            }

            octets[part] = value;
            if (part < 3)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return -1;
                }

                i++;
            }
        }

        // A fifth part, a longer number or a following letter means this is not an address (e.g. 1.2.3.4.5, 10.0.0.1a).
        var tail = i < text.Length ? text[i] : '\0';
        if (char.IsAsciiLetterOrDigit(tail) || tail is '_' || (tail == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
        {
            return -1;
        }

        return i;
    }

    private void FindIPv6(RecognitionInput input, ReadOnlySpan<char> text, List<Finding> findings)
    {
        var position = 0;
        while (position < text.Length)
        {
            var colon = text[position..].IndexOf(':');
            if (colon < 0)
            {
                return;
            }

            colon += position;
            var start = colon;
            while (start > 0 && s_ipv6.Contains(text[start - 1]))
            {
                start--;
            }

            var end = colon;
            while (end < text.Length && s_ipv6.Contains(text[end]))
            {
                end++;
            }

            while (end > start && text[end - 1] is '.' or ':' && !(end - start >= 2 && text[end - 2] == ':'))
            {
                end--;
            }

            position = Math.Max(end, colon + 1);
            var candidate = text[start..end];
            // Eight groups, or fewer with :: (a time such as 12:34:56 is neither and is not parsed).
            var colons = candidate.Count(':');
            if (colons < 2 || (colons < 6 && !candidate.Contains("::", StringComparison.Ordinal)) || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
                || (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                || !IPAddress.TryParse(candidate, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                continue;
            }

            var special = IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal;
            var context = input.HasContext(Detection.EntityTypes.IpAddress, start, end - start);
            findings.Add(new Finding(Detection.EntityTypes.IpAddress, PiiCategory.PersonalRelated, start, end - start,
                special ? Special : Scores.With(Public + 0.05, context, ContextBoost)) { Recognizer = Name });
        }
    }
}
