using Mamori.Core.Features;
using Xunit;

namespace Mamori.Server.Tests.Api;

/// <summary>
/// The API's behaviour, written once and run on SQLite and on PostgreSQL (one subclass each). Every test gets a fresh
/// platform (its own data folder or its own schemas) behind an in-memory server; see <see cref="ApiHarness"/>.
/// </summary>
public abstract partial class ApiBehaviour : IAsyncLifetime
{
    private ApiHarness? _harness;

    protected ApiHarness Api => _harness ?? throw new InvalidOperationException("The API is not started yet.");

    protected static string Base => MamoriApi.BasePath;

    /// <summary>Opens a platform at a fresh location of this provider.</summary>
    protected abstract Task<Platform> OpenPlatformAsync(TimeProvider time, PlatformOptions options);

    /// <summary>Changes one stored access-log entry behind the platform's back, as an intruder with database access would.</summary>
    protected abstract Task TamperAccessLogAsync(long sequence);

    public virtual async ValueTask InitializeAsync() => _harness = await ApiHarness.StartAsync(OpenPlatformAsync);

    public virtual async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
