using Mamori.Detection.Morphology;
using Xunit;

namespace Mamori.Detection.Tests.Morphology;

public sealed class MeCabTaggerTests
{
    [Fact]
    public void Tokenize_JapaneseSentence_SplitsIntoIpadicMorphemes()
    {
        const string text = "山田太郎様の電話番号は090-1234-5678です";
        using var tagger = MeCabTagger.Create();

        var tokens = tagger.Tokenize(text);

        string[] expected = ["山田", "太郎", "様", "の", "電話", "番号", "は", "090", "-", "1234", "-", "5678", "です"];
        Assert.Equal(expected, tokens.Select(t => t.SurfaceIn(text).ToString()));
        Assert.Equal("名詞,固有名詞,人名,姓", string.Join(',', Enumerable.Range(0, 4).Select(tokens[0].FeatureField)));
        Assert.Equal("名", tokens[1].FeatureField(3));
        Assert.True(tokens[0].IsPersonName);
        Assert.False(tokens[4].IsPersonName);
    }

    [Fact]
    public void Tokenize_SpacesAndSurrogatePairs_OffsetsPointIntoTheOriginalText()
    {
        // A 4-byte UTF-8 character (𠮷, two UTF-16 units) and ASCII spaces (which MeCab skips)
        // must not shift later offsets; the ideographic space is a token of its own in IPADIC.
        const string text = "𠮷野家　で 東京都 に行く";
        using var tagger = MeCabTagger.Create();

        var tokens = tagger.Tokenize(text);

        Assert.DoesNotContain(tokens, t => t.SurfaceIn(text).Contains(' '));
        Assert.Contains(tokens, t => t.SurfaceIn(text).SequenceEqual("　") && t.Start == 4);
        var tokyo = Assert.Single(tokens, t => t.SurfaceIn(text).SequenceEqual("東京"));
        Assert.Equal(text.IndexOf("東京", StringComparison.Ordinal), tokyo.Start);
        Assert.True(tokyo.IsPlaceName);
        Assert.Equal("行く", tokens[^1].SurfaceIn(text).ToString());
    }

    [Fact]
    public void Tokenize_EmptyText_ReturnsNoTokens()
    {
        using var tagger = MeCabTagger.Create();

        Assert.Empty(tagger.Tokenize(string.Empty));
    }

    [Fact]
    public void Create_DictionaryFolderWithoutSysDic_ThrowsWithInstallCommand()
    {
        var folder = Directory.CreateTempSubdirectory("mamori-nodic-").FullName;
        try
        {
            var ex = Assert.Throws<MeCabUnavailableException>(() => MeCabTagger.Create(new MeCabOptions { DictionaryPath = folder }));

            Assert.Contains(folder, ex.Message, StringComparison.Ordinal);
            Assert.Contains(MeCabUnavailableException.InstallCommand, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void LibraryVersion_InstalledLibrary_ReportsMecabVersion()
    {
        Assert.Matches(@"^\d+\.\d+", MeCabTagger.LibraryVersion);
    }
}
