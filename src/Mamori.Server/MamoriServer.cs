using Mamori.Core.Features;
using Mamori.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Mamori.Server;

/// <summary>
/// Builds the Mamori HTTP host: the API under <c>/api/v1</c>, its OpenAPI document at <c>/openapi/v1.json</c>,
/// bearer-token sign-in, problem details for every error. <c>mamori serve</c> calls <see cref="BuildAsync"/>.
/// </summary>
public static class MamoriServer
{
    /// <summary>Where the server listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The OpenAPI document's path.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>
    /// Opens the platform at <paramref name="location"/> (migrating it, creating the key file on a new data folder) and
    /// builds the host over it. The host owns the platform: disposing the host closes the storage.
    /// </summary>
    /// <param name="location">The data folder, PostgreSQL connection and key file.</param>
    /// <param name="urls">Addresses to listen on (<c>http://127.0.0.1:5080</c>; port 0 picks a free one).</param>
    /// <param name="options">Clock, limits, hooks; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    public static async Task<WebApplication> BuildAsync(PlatformLocation location, IReadOnlyList<string> urls, MamoriServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var platform = await PlatformHost.OpenAsync(location, options?.Time, options?.Platform, cancellationToken).ConfigureAwait(false);
        try
        {
            return Build(platform, urls, options, ownsPlatform: true);
        }
        catch
        {
            await platform.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Builds the host over a platform the caller opened and keeps (and disposes after the host).</summary>
    /// <param name="platform">The opened platform.</param>
    /// <param name="urls">Addresses to listen on.</param>
    /// <param name="options">Clock, limits, hooks; null for the defaults.</param>
    public static WebApplication Build(Platform platform, IReadOnlyList<string> urls, MamoriServerOptions? options = null) =>
        Build(platform, urls, options, ownsPlatform: false);

    /// <summary>The addresses the started server listens on (with the real port when port 0 was asked for).</summary>
    /// <param name="app">A started host.</param>
    public static IReadOnlyList<string> ListeningAddresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }

    private static WebApplication Build(Platform platform, IReadOnlyList<string> urls, MamoriServerOptions? options, bool ownsPlatform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production always: no developer exception page, whatever ASPNETCORE_ENVIRONMENT says.
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(MamoriServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            // No configuration files to watch: no file watcher per host (tests start many).
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.UseUrls([.. urls.Count == 0 ? [DefaultUrl] : urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        builder.Logging.ClearProviders();
        if (options?.ConfigureLogging is { } configureLogging)
        {
            configureLogging(builder.Logging);
        }
        else
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Its keys live in memory on purpose (see MamoriApi): its warning about unencrypted keys does not apply.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }

        builder.Services.AddMamoriApi(platform);
        var retentionInterval = options?.RetentionInterval ?? TimeSpan.FromDays(1);
        if (retentionInterval > TimeSpan.Zero)
        {
            builder.Services.AddHostedService(services => new Retention.RetentionScheduler(platform, retentionInterval, services.GetRequiredService<ILogger<Retention.RetentionScheduler>>()));
        }
        if (ownsPlatform)
        {
            builder.Services.AddSingleton(_ => new PlatformOwnership(platform));
        }

        options?.ConfigureWebHost?.Invoke(builder.WebHost);
        var app = builder.Build();
        if (ownsPlatform)
        {
            // Resolved now so that the container disposes it (and the platform) with the host.
            app.Services.GetRequiredService<PlatformOwnership>();
        }

        app.UseMamoriApi();
        app.MapMamoriApi();
        return app;
    }

    /// <summary>Closes a platform the host opened when the host is disposed.</summary>
    private sealed class PlatformOwnership(Platform platform) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => platform.DisposeAsync();
    }
}
