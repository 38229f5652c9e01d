using System.Runtime.InteropServices;

namespace Mamori.Detection.Morphology;

/// <summary>P/Invoke declarations for <c>libmecab.so.2</c> (Debian package <c>libmecab2</c>).</summary>
internal static unsafe partial class MeCabNative
{
    private const string Library = "libmecab.so.2";

    /// <summary>Node status: an ordinary node from the dictionary.</summary>
    public const byte NormalNode = 0;

    /// <summary>Node status: an unknown word.</summary>
    public const byte UnknownNode = 1;

    [LibraryImport(Library, EntryPoint = "mecab_version")]
    public static partial nint Version();

    [LibraryImport(Library, EntryPoint = "mecab_model_new2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ModelNew(string arguments);

    [LibraryImport(Library, EntryPoint = "mecab_model_destroy")]
    public static partial void ModelDestroy(nint model);

    [LibraryImport(Library, EntryPoint = "mecab_model_new_tagger")]
    public static partial nint ModelNewTagger(nint model);

    [LibraryImport(Library, EntryPoint = "mecab_model_new_lattice")]
    public static partial nint ModelNewLattice(nint model);

    [LibraryImport(Library, EntryPoint = "mecab_destroy")]
    public static partial void TaggerDestroy(nint tagger);

    [LibraryImport(Library, EntryPoint = "mecab_lattice_destroy")]
    public static partial void LatticeDestroy(nint lattice);

    [LibraryImport(Library, EntryPoint = "mecab_lattice_clear")]
    public static partial void LatticeClear(nint lattice);

    [LibraryImport(Library, EntryPoint = "mecab_lattice_set_sentence2")]
    public static partial void LatticeSetSentence(nint lattice, byte* sentence, nuint length);

    [LibraryImport(Library, EntryPoint = "mecab_parse_lattice")]
    public static partial int ParseLattice(nint tagger, nint lattice);

    [LibraryImport(Library, EntryPoint = "mecab_lattice_get_bos_node")]
    public static partial Node* LatticeGetBosNode(nint lattice);

    [LibraryImport(Library, EntryPoint = "mecab_strerror")]
    public static partial nint StrError(nint tagger);

    /// <summary>Mirror of <c>struct mecab_node_t</c> from mecab.h (x86-64 and arm64 layouts agree).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Node
    {
        public Node* Prev;
        public Node* Next;
        public Node* ENext;
        public Node* BNext;
        public nint RPath;
        public nint LPath;
        public byte* Surface;
        public byte* Feature;
        public uint Id;
        public ushort Length;
        public ushort RLength;
        public ushort RcAttr;
        public ushort LcAttr;
        public ushort PosId;
        public byte CharType;
        public byte Stat;
        public byte IsBest;
        public float Alpha;
        public float Beta;
        public float WCost;
        public nint Cost;
    }

    public static string? ReadUtf8(nint pointer) => pointer == 0 ? null : Marshal.PtrToStringUTF8(pointer);
}
