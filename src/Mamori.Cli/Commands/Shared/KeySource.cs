using Mamori.Deidentification.Keys;

namespace Mamori.Cli.Commands.Shared;

/// <summary>Where a command's key ring comes from: <c>--key-file</c>, else MAMORI_KEY_FILE / MAMORI_KEY. Never a key on the command line.</summary>
internal static class KeySource
{
    public static KeyRing Load(string? keyFile) => keyFile is not null ? KeyRing.Load(keyFile) : KeyRing.FromEnvironment();
}
