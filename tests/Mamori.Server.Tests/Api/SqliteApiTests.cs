using Mamori.Core.Features;
using Mamori.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Mamori.Server.Tests.Api;

/// <summary>The API on SQLite: a fresh temporary data folder per test.</summary>
public sealed class SqliteApiTests : ApiBehaviour
{
    private readonly TempFolder _folder = new();

    protected override Task<Platform> OpenPlatformAsync(TimeProvider time, PlatformOptions options) =>
        PlatformHost.OpenAsync(new PlatformLocation { DataDirectory = _folder.Combine("data") }, time, options, TestContext.Current.CancellationToken);

    protected override async Task TamperAccessLogAsync(long sequence)
    {
        var path = _folder.Combine("data", PlatformStorageOptions.SqliteDataFileName);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        // The intruder drops the append-only trigger first; the chain must still give the change away.
        command.CommandText = "DROP TRIGGER access_log_no_update; UPDATE access_log SET detail = 'nothing happened' WHERE seq = $seq";
        command.Parameters.AddWithValue("$seq", sequence);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
