namespace Mamori.Detection.Morphology;

/// <summary>
/// One morpheme as MeCab analysed it, positioned in the UTF-16 text that was given to the tagger.
/// </summary>
/// <param name="Start">Offset of the first UTF-16 code unit of the morpheme in the input.</param>
/// <param name="Length">Length of the morpheme in UTF-16 code units.</param>
/// <param name="Feature">The dictionary feature string, e.g. <c>名詞,固有名詞,人名,姓,*,*,山田,ヤマダ,ヤマダ</c> for IPADIC.</param>
/// <param name="IsUnknown">True when the word is not in the dictionary and MeCab guessed its part of speech.</param>
public readonly record struct MorphToken(int Start, int Length, string Feature, bool IsUnknown)
{
    /// <summary>The main part of speech (the first feature field), e.g. <c>名詞</c>.</summary>
    public string PartOfSpeech => FeatureField(0);

    /// <summary>True when IPADIC tags the morpheme as a person's name (<c>名詞,固有名詞,人名</c>).</summary>
    public bool IsPersonName => Feature.StartsWith("名詞,固有名詞,人名", StringComparison.Ordinal);

    /// <summary>True when IPADIC tags the morpheme as a place name (<c>名詞,固有名詞,地域</c>).</summary>
    public bool IsPlaceName => Feature.StartsWith("名詞,固有名詞,地域", StringComparison.Ordinal);

    /// <summary>Returns the feature field at <paramref name="index"/> (0-based), or an empty string when absent.</summary>
    /// <param name="index">The 0-based field index.</param>
    public string FeatureField(int index)
    {
        var rest = Feature.AsSpan();
        for (var i = 0; i < index; i++)
        {
            var comma = rest.IndexOf(',');
            if (comma < 0)
            {
                return string.Empty;
            }

            rest = rest[(comma + 1)..];
        }

        var end = rest.IndexOf(',');
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    /// <summary>The morpheme's text, cut from the same input the tagger analysed.</summary>
    /// <param name="text">The text passed to <see cref="MeCabTagger.Tokenize(ReadOnlySpan{char})"/>.</param>
    public ReadOnlySpan<char> SurfaceIn(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
