using Mamori.Core.Ports;
using Xunit;

namespace Mamori.Storage.Tests.Contract;

/// <summary>
/// The behaviour every storage provider must show, written once and run against SQLite and PostgreSQL
/// (one concrete subclass each). Every test gets fresh, migrated stores: a temporary folder or a pair of
/// fresh schemas. Split by concern into partial files.
/// </summary>
public abstract partial class PlatformStoreContract : IAsyncLifetime
{
    private PlatformStorage? _storage;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected PlatformStorage Storage => _storage ?? throw new InvalidOperationException("The storage is not open yet.");

    protected IPlatformStore Store => Storage.Data;

    protected ISubjectKeyStore Keys => Storage.Keys;

    /// <summary>Options pointing at this test's own, fresh location.</summary>
    protected abstract PlatformStorageOptions Options { get; }

    /// <summary>The provider name the store reports.</summary>
    protected abstract string ExpectedProvider { get; }

    public virtual async ValueTask InitializeAsync()
    {
        _storage = await PlatformStorage.OpenAsync(Options, Ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs SQL directly on the data database (or the key database), outside the store.</summary>
    protected abstract Task<int> ExecuteRawAsync(string sql, bool keyStore = false);

    /// <summary>The first column of the first row of a query run directly on a database.</summary>
    protected abstract Task<object?> ScalarRawAsync(string sql, bool keyStore = false);

    /// <summary>A backup of the data store as an operator would take one (a file copy, a dump), read back as (item id, ciphertext) rows.</summary>
    protected abstract Task<IReadOnlyDictionary<string, byte[]>> BackUpItemsAsync();

    protected async Task<long> CountRawAsync(string sql, bool keyStore = false) =>
        Convert.ToInt64(await ScalarRawAsync(sql, keyStore), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Provider_Configured_ReportsItsName()
    {
        Assert.Equal(ExpectedProvider, Store.Provider);
    }
}
