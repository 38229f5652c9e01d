using Mamori.Testing;
using Xunit;

namespace Mamori.Platform.Tests.Harness;

/// <summary>
/// One backend and one shared, seeded world per test class, made on first use (so that a class whose
/// database is missing skips or fails in its own tests, not in its fixture). Tests that change what others
/// rely on (the log, the key file, counts) open worlds of their own through <see cref="NewWorldAsync"/>.
/// </summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PlatformBackend? _backend;
    private World? _world;
    private World? _tamperWorld;

    /// <summary>The backend (created on first use).</summary>
    public PlatformBackend Backend => _backend ??= CreateBackend();

    /// <summary>The class's shared world.</summary>
    public async Task<World> SharedWorldAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _world ??= await World.CreateAsync(Backend);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A world whose access log tests may tamper with (its database's append-only protection is off), provided they
    /// put the log back as it was (<see cref="World.RestoreAccessLogAsync"/>): shared so that every tampering does not
    /// need a database of its own.
    /// </summary>
    public async Task<World> TamperWorldAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_tamperWorld is null)
            {
                _tamperWorld = await World.CreateAsync(Backend);
                await _tamperWorld.Backend.ExecuteRawAsync(_tamperWorld.Location, _tamperWorld.Backend.UnprotectAccessLogSql);
            }

            return _tamperWorld;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A world of the test's own.</summary>
    public Task<World> NewWorldAsync(Mamori.Core.Features.PlatformOptions? options = null, World.Wrappers? wrappers = null) => World.CreateAsync(Backend, options, wrappers);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }

        if (_tamperWorld is not null)
        {
            await _tamperWorld.DisposeAsync();
        }

        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }

        _gate.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract PlatformBackend CreateBackend();
}

/// <summary>Worlds on SQLite in temporary data folders.</summary>
public sealed class SqliteFixture : PlatformFixture
{
    protected override PlatformBackend CreateBackend() => new SqliteBackend();
}

/// <summary>Worlds on the PostgreSQL test cluster, one database each.</summary>
public sealed class PostgresFixture : PlatformFixture
{
    protected override PlatformBackend CreateBackend() => new PostgresBackend(TestEnvironment.RequirePostgres());
}
