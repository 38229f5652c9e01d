using Mamori.Testing;
using Npgsql;
using Xunit;

namespace Mamori.Storage.Tests.Postgres;

public sealed class PostgresHarnessTests
{
    [Fact]
    public async Task Harness_ThrowawayCluster_AnswersQueriesWithData()
    {
        var connectionString = TestEnvironment.RequirePostgres();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);

        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TEMP TABLE harness_check (id int PRIMARY KEY, label text NOT NULL);
                INSERT INTO harness_check VALUES (1, '東京'), (2, '大阪');
                """;
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT string_agg(label, ',' ORDER BY id), current_setting('server_version_num')::int FROM harness_check";
        await using var reader = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal("東京,大阪", reader.GetString(0));
        Assert.True(reader.GetInt32(1) >= 150000, "PostgreSQL 15 or newer is required.");
    }

    [Fact]
    public async Task Harness_Cluster_ListensOnLoopbackOnly()
    {
        var connectionString = TestEnvironment.RequirePostgres();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT current_setting('listen_addresses')";

        var listen = (string?)await query.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Contains(listen, new[] { "127.0.0.1", "localhost", "::1" });
    }
}
