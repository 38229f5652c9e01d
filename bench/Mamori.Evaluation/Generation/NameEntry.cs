namespace Mamori.Evaluation.Generation;

/// <summary>A name part with its katakana reading and romanisation.</summary>
/// <param name="Kanji">As written, e.g. 佐藤.</param>
/// <param name="Kana">Reading in katakana, e.g. サトウ.</param>
/// <param name="Romaji">Romanisation for e-mail addresses, e.g. sato.</param>
public sealed record NameEntry(string Kanji, string Kana, string Romaji);
