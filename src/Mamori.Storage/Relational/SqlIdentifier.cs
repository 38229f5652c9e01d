namespace Mamori.Storage.Relational;

/// <summary>Checks names that are spliced into SQL (PostgreSQL schema names): only plain lower-case identifiers pass.</summary>
internal static class SqlIdentifier
{
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 63 || !(char.IsAsciiLetterLower(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
