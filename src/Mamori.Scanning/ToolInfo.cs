using System.Reflection;

namespace Mamori.Scanning;

/// <summary>The tool's name and version as reports state them.</summary>
public static class ToolInfo
{
    /// <summary>The product name.</summary>
    public const string Name = "Mamori";

    /// <summary>The version (semantic, without build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
