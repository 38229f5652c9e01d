using Mamori.Core.Features;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

/// <summary>
/// The platform's use cases as a user of the API or the CLI would notice them, on real storage: written
/// once, run on SQLite and on PostgreSQL (one concrete class each). Tests share their class's seeded world
/// and work on subjects of their own; tests that change what others rely on (the log, the key file) open a
/// world of their own. Split by concern into partial files.
/// </summary>
public abstract partial class PlatformSuite<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : PlatformFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected World World { get; private set; } = null!;

    protected Mamori.Core.Features.Platform Platform => World.Platform;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        World = await Fixture.SharedWorldAsync();
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs a use case expected to be refused and returns the refusal.</summary>
    protected static async Task<PlatformException> RefusedAsync(Func<Task> action)
    {
        var exception = await Record.ExceptionAsync(action);
        return Assert.IsType<PlatformException>(exception, exactMatch: false);
    }
}
