using Mamori.Core.Features;

namespace Mamori.Server;

/// <summary>How <see cref="MamoriServer"/> builds the host: the clock, platform limits, and hooks for the CLI and tests.</summary>
public sealed class MamoriServerOptions
{
    /// <summary>The clock of the platform (tests pass a controllable one); null for the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Platform limits (token cache, export threshold); null for the defaults.</summary>
    public PlatformOptions? Platform { get; init; }

    /// <summary>
    /// Logging providers and levels. Null: a one-line console logger, warnings and errors only (personal values are never
    /// logged at any level; request lines are not logged because paths and queries are not Mamori's to vouch for).
    /// </summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>Last changes to the web host (tests use an in-memory test server here).</summary>
    public Action<IWebHostBuilder>? ConfigureWebHost { get; init; }

    /// <summary>
    /// How often the retention job runs while the server runs (Art. 22), on the platform's clock; the first run comes one
    /// interval after the start. Null: daily. <see cref="TimeSpan.Zero"/> or <see cref="Timeout.InfiniteTimeSpan"/>: never.
    /// </summary>
    public TimeSpan? RetentionInterval { get; init; }
}
