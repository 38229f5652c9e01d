using Mamori.Cli.Localization;

namespace Mamori.Cli.Commands.Anonymize;

/// <summary>A message in both languages: the report keeps the Japanese, the screen shows the one asked for.</summary>
internal readonly record struct Bilingual(string Japanese, string English)
{
    public string In(UiText text) => text[Japanese, English];
}
