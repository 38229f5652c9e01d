using System.Buffers;
using System.Text;

namespace Mamori.Detection.Morphology;

/// <summary>
/// Morphological analysis with MeCab and the IPADIC dictionary through <c>libmecab.so.2</c>.
/// One instance is not thread-safe: create one per thread (loading is cheap, the dictionary is memory-mapped).
/// </summary>
public sealed unsafe class MeCabTagger : IDisposable
{
    private static readonly string[] s_debianDictionaries =
    [
        "/var/lib/mecab/dic/ipadic-utf8",
        "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic-utf8",
    ];

    private nint _model;
    private nint _tagger;
    private nint _lattice;

    private MeCabTagger(nint model, nint tagger, nint lattice)
    {
        _model = model;
        _tagger = tagger;
        _lattice = lattice;
    }

    /// <summary>The version string reported by the loaded libmecab, e.g. <c>0.996</c>.</summary>
    /// <exception cref="MeCabUnavailableException">libmecab.so.2 is not installed.</exception>
    public static string LibraryVersion
    {
        get
        {
            try
            {
                return MeCabNative.ReadUtf8(MeCabNative.Version()) ?? string.Empty;
            }
            catch (DllNotFoundException ex)
            {
                throw LibraryMissing(ex);
            }
        }
    }

    /// <summary>Loads MeCab with the IPADIC dictionary.</summary>
    /// <param name="options">Where the dictionary is; defaults find Debian's <c>mecab-ipadic-utf8</c>.</param>
    /// <returns>A tagger ready to use on one thread.</returns>
    /// <exception cref="MeCabUnavailableException">The library or the dictionary is missing.</exception>
    public static MeCabTagger Create(MeCabOptions options = default)
    {
        var dictionary = FindDictionary(options.DictionaryPath);
        var rcFile = File.Exists("/etc/mecabrc") ? "/etc/mecabrc" : "/dev/null";
        nint model;
        try
        {
            model = MeCabNative.ModelNew($"-r {rcFile} -d {dictionary}");
        }
        catch (DllNotFoundException ex)
        {
            throw LibraryMissing(ex);
        }

        if (model == 0)
        {
            var reason = MeCabNative.ReadUtf8(MeCabNative.StrError(0)) ?? "unknown error";
            throw new MeCabUnavailableException(
                $"MeCab could not load the dictionary at '{dictionary}' ({reason}). " +
                $"Reinstall it with: {MeCabUnavailableException.InstallCommand}");
        }

        var tagger = MeCabNative.ModelNewTagger(model);
        var lattice = MeCabNative.ModelNewLattice(model);
        if (tagger == 0 || lattice == 0)
        {
            MeCabNative.LatticeDestroy(lattice);
            MeCabNative.TaggerDestroy(tagger);
            MeCabNative.ModelDestroy(model);
            throw new MeCabUnavailableException("MeCab could not create a tagger from the dictionary at '" + dictionary + "'.");
        }

        return new MeCabTagger(model, tagger, lattice);
    }

    /// <summary>Splits <paramref name="text"/> into morphemes with their positions in it.</summary>
    /// <param name="text">Any text; MeCab skips spaces between morphemes.</param>
    /// <returns>The morphemes in order (beginning- and end-of-sentence nodes excluded).</returns>
    public List<MorphToken> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<MorphToken>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Splits <paramref name="text"/> into morphemes, appending them to <paramref name="tokens"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="tokens">Receives the morphemes in order.</param>
    public void Tokenize(ReadOnlySpan<char> text, List<MorphToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ObjectDisposedException.ThrowIf(_tagger == 0, this);
        if (text.IsEmpty)
        {
            return;
        }

        var byteCount = Encoding.UTF8.GetByteCount(text);
        var buffer = ArrayPool<byte>.Shared.Rent(byteCount + 1);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            buffer[written] = 0;
            fixed (byte* input = buffer)
            {
                MeCabNative.LatticeSetSentence(_lattice, input, (nuint)written);
                if (MeCabNative.ParseLattice(_tagger, _lattice) == 0)
                {
                    var reason = MeCabNative.ReadUtf8(MeCabNative.StrError(_tagger)) ?? "unknown error";
                    throw new InvalidOperationException("MeCab failed to analyse the text: " + reason);
                }

                var bytePosition = 0;
                var charPosition = 0;
                for (var node = MeCabNative.LatticeGetBosNode(_lattice); node != null; node = node->Next)
                {
                    if (node->Stat is not (MeCabNative.NormalNode or MeCabNative.UnknownNode))
                    {
                        continue;
                    }

                    var start = (int)(node->Surface - input);
                    charPosition += Utf16Length(new ReadOnlySpan<byte>(input + bytePosition, start - bytePosition));
                    var length = Utf16Length(new ReadOnlySpan<byte>(input + start, node->Length));
                    var feature = MeCabNative.ReadUtf8((nint)node->Feature) ?? string.Empty;
                    tokens.Add(new MorphToken(charPosition, length, feature, node->Stat == MeCabNative.UnknownNode));
                    bytePosition = start + node->Length;
                    charPosition += length;
                }

                MeCabNative.LatticeClear(_lattice);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Frees the native tagger, lattice and model.</summary>
    public void Dispose()
    {
        if (_tagger == 0)
        {
            return;
        }

        MeCabNative.LatticeDestroy(_lattice);
        MeCabNative.TaggerDestroy(_tagger);
        MeCabNative.ModelDestroy(_model);
        _lattice = _tagger = _model = 0;
    }

    /// <summary>UTF-16 code units needed for well-formed UTF-8 bytes: one per lead byte, two for 4-byte sequences.</summary>
    private static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count += b >= 0xF0 ? 2 : 1;
            }
        }

        return count;
    }

    private static string FindDictionary(string? configured)
    {
        var candidate = configured ?? Environment.GetEnvironmentVariable("MAMORI_MECAB_DICDIR");
        if (candidate is not null)
        {
            return File.Exists(Path.Combine(candidate, "sys.dic"))
                ? candidate
                : throw new MeCabUnavailableException(
                    $"The MeCab dictionary folder '{candidate}' has no sys.dic. Point it at an IPADIC (UTF-8) folder " +
                    $"or install Debian's with: {MeCabUnavailableException.InstallCommand}");
        }

        foreach (var path in s_debianDictionaries)
        {
            if (File.Exists(Path.Combine(path, "sys.dic")))
            {
                return path;
            }
        }

        throw new MeCabUnavailableException(
            "The MeCab IPADIC dictionary (UTF-8) was not found. Install it with: " + MeCabUnavailableException.InstallCommand);
    }

    private static MeCabUnavailableException LibraryMissing(DllNotFoundException ex) =>
        new("libmecab.so.2 is not installed. Install it with: " + MeCabUnavailableException.InstallCommand, ex);
}
