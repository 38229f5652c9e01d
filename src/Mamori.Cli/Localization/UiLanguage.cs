namespace Mamori.Cli.Localization;

/// <summary>The language of text people read. Japanese first; English on request.</summary>
public enum UiLanguage
{
    Japanese,
    English,
}
