using System.Text;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// What a header says about a column where the detector's classification does not (ages have no
/// entity id; a hierarchy needs to know a date of birth even when its values were not classified).
/// Japanese words anywhere in the header; English words as whole tokens of snake_case, kebab-case or
/// camelCase headers.
/// </summary>
internal static class HeaderWords
{
    private static readonly string[] s_ageJapanese = ["年齢", "満年齢"];
    private static readonly string[] s_ageEnglish = ["age", "ages"];
    private static readonly string[] s_birthJapanese = ["生年月日", "誕生日"];
    private static readonly string[] s_birthEnglish = ["birthday", "birthdate", "dob", "birth"];
    private static readonly string[] s_addressJapanese = ["住所", "所在地"];
    private static readonly string[] s_addressEnglish = ["address", "addr"];
    private static readonly string[] s_postalJapanese = ["郵便番号", "〒"];
    private static readonly string[] s_postalEnglish = ["zip", "zipcode", "postal", "postcode"];
    private static readonly string[] s_genderJapanese = ["性別"];
    private static readonly string[] s_genderEnglish = ["gender", "sex"];
    private static readonly string[] s_linkingJapanese = ["番号", "コード", "id", "no"];
    private static readonly string[] s_linkingEnglish = ["id", "no", "number", "code", "key", "uuid", "guid"];

    public static bool IsAge(string header) => Matches(header, s_ageJapanese, s_ageEnglish);

    public static bool IsDateOfBirth(string header) => Matches(header, s_birthJapanese, s_birthEnglish);

    public static bool IsAddress(string header) => Matches(header, s_addressJapanese, s_addressEnglish) && !IsPostalCode(header);

    public static bool IsPostalCode(string header) => Matches(header, s_postalJapanese, s_postalEnglish);

    public static bool IsGender(string header) => Matches(header, s_genderJapanese, s_genderEnglish);

    /// <summary>A header naming a number or code (注文番号, 顧客コード, order_id, ticketNo): a linking code when its values are mostly distinct.</summary>
    public static bool IsCodeLike(string header)
    {
        var folded = Fold(header);
        foreach (var suffix in s_linkingJapanese)
        {
            if (folded.EndsWith(suffix, StringComparison.Ordinal) && folded.Length > 0 && !char.IsAsciiLetter(Before(folded, suffix)))
            {
                return true;
            }
        }

        var tokens = Tokens(header);
        return tokens.Count > 0 && Array.IndexOf(s_linkingEnglish, tokens[^1]) >= 0;

        static char Before(string folded, string suffix) => folded.Length > suffix.Length ? folded[folded.Length - suffix.Length - 1] : ' ';
    }

    private static bool Matches(string header, string[] japanese, string[] english)
    {
        var folded = Fold(header);
        foreach (var word in japanese)
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var tokens = Tokens(header);
        foreach (var word in english)
        {
            if (tokens.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string header) => header.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Lower-case ASCII tokens, split on anything but letters and digits and at camelCase humps.</summary>
    private static List<string> Tokens(string header)
    {
        var normalized = header.Normalize(NormalizationForm.FormKC);
        var tokens = new List<string>();
        var current = new StringBuilder();
        var previous = '\0';
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(previous))
                {
                    Flush();
                }

                current.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush();
            }

            previous = c;
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
