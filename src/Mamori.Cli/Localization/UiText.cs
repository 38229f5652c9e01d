namespace Mamori.Cli.Localization;

/// <summary>
/// Picks the Japanese or English form of a message. The language comes from <c>--lang en|ja</c>,
/// else the <c>MAMORI_LANG</c> environment variable, else Japanese.
/// </summary>
public sealed class UiText(UiLanguage language)
{
    public const string LanguageOptionName = "--lang";
    public const string LanguageVariable = "MAMORI_LANG";

    public UiLanguage Language { get; } = language;

    /// <summary>Returns <paramref name="japanese"/> or <paramref name="english"/> for the chosen language.</summary>
    public string this[string japanese, string english] => Language == UiLanguage.English ? english : japanese;

    /// <summary>Reads the language from the arguments (before parsing, so help text is localised too) or the environment.</summary>
    public static UiText FromArguments(IReadOnlyList<string> args)
    {
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == LanguageOptionName && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (args[i].StartsWith(LanguageOptionName + "=", StringComparison.Ordinal))
            {
                value = args[i][(LanguageOptionName.Length + 1)..];
            }
        }

        value ??= Environment.GetEnvironmentVariable(LanguageVariable);
        return new UiText(Parse(value));
    }

    public static UiLanguage Parse(string? value) =>
        value is not null && value.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UiLanguage.English : UiLanguage.Japanese;
}
