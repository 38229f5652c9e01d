namespace Mamori.Detection.Morphology;

/// <summary>Where MeCab finds its dictionary.</summary>
public readonly record struct MeCabOptions
{
    /// <summary>
    /// The IPADIC (UTF-8) dictionary folder. When null, the Debian locations are tried in order
    /// (<c>/var/lib/mecab/dic/ipadic-utf8</c>, then the multiarch <c>/usr/lib/*/mecab/dic/ipadic-utf8</c>);
    /// the environment variable <c>MAMORI_MECAB_DICDIR</c> overrides them.
    /// </summary>
    public string? DictionaryPath { get; init; }
}
