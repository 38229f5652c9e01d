using Xunit;

namespace Mamori.Storage.Tests.Contract;

public abstract partial class PlatformStoreContract
{
    /// <summary>How many migrations the data store has in this build (the key store still has one).</summary>
    private long DataMigrations => Relational.Migrator.Load(ExpectedProvider, Relational.Migrator.DataStore).Count;

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_RecordsEveryMigrationOnce()
    {
        // InitializeAsync migrated two empty databases.
        Assert.Equal(DataMigrations, await CountRawAsync("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(1, await CountRawAsync("SELECT count(*) FROM schema_migrations", keyStore: true));
        Assert.Equal(0, await CountRawAsync("SELECT count(*) FROM subjects"));
        Assert.Equal(0, await CountRawAsync("SELECT count(*) FROM subject_keys", keyStore: true));
    }

    [Fact]
    public async Task MigrateAsync_RunAgain_ChangesNothing()
    {
        var record = Samples.Subject();
        await Store.InsertSubjectsAsync([record], Ct);
        await Keys.PutAsync([(record.Subject.Id, record.Key)], Ct);
        var appliedAt = await ScalarRawAsync("SELECT applied_at FROM schema_migrations WHERE version = 1");

        await Storage.MigrateAsync(Ct);
        await using (var reopened = await PlatformStorage.OpenAsync(Options, Ct))
        {
            await reopened.MigrateAsync(Ct);
            Assert.NotNull(await reopened.Data.GetSubjectAsync(record.Subject.Id, Ct));
        }

        Assert.Equal(DataMigrations, await CountRawAsync("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(1, await CountRawAsync("SELECT count(*) FROM schema_migrations", keyStore: true));
        Assert.Equal(appliedAt, await ScalarRawAsync("SELECT applied_at FROM schema_migrations WHERE version = 1"));
        Assert.Equal(3, (await Store.GetItemsAsync(record.Subject.Id, Ct)).Count);
        Assert.NotNull(await Keys.GetAsync(record.Subject.Id, Ct));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseFromNewerMamori_RefusesWithWhatToDo()
    {
        await ExecuteRawAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')");

        await using var reopened = PlatformStorage.Create(Options);
        var error = await Assert.ThrowsAsync<StorageException>(() => reopened.Data.MigrateAsync(Ct));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains("restore a backup", error.Message, StringComparison.Ordinal);
    }
}
