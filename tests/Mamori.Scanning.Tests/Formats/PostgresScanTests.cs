using Mamori.Detection;
using Mamori.Scanning.Records;
using Mamori.Scanning.Tests.Support;
using Mamori.Testing;
using Npgsql;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class PostgresScanTests
{
    [Fact]
    public async Task Scan_Postgres_SamplesUserTablesWithSchemaTablePaths()
    {
        var connectionString = TestEnvironment.RequirePostgres();
        var schema = "scan_" + Guid.NewGuid().ToString("N")[..12];
        var cancellation = TestContext.Current.CancellationToken;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await ExecuteAsync(dataSource, $"""
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.customers (id serial PRIMARY KEY, "氏名" text, email text, tel text, finger bytea);
            INSERT INTO {schema}.customers ("氏名", email, tel, finger)
            SELECT (ARRAY['山田太郎','佐藤花子','鈴木一郎'])[1 + i % 3], 'user' || i || '@example.com', '090-1234-' || lpad(i::text, 4, '0'), '\x464d520020'::bytea
            FROM generate_series(1, 30) AS i;
            CREATE TABLE {schema}.items (id serial PRIMARY KEY, title text);
            INSERT INTO {schema}.items (title) VALUES ('えんぴつ'), ('ノート');
            """, cancellation);
        try
        {
            using var detector = TestScan.Detector();
            var writer = new RecordingWriter();
            await new Scanner(detector, new ScanOptions { SampleRows = 20 }).ScanAsync([], [connectionString], writer, null, cancellation);

            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var prefix = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}/{schema}.";
            var mine = writer.Records.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var findings = mine.OfType<ScanFinding>().ToList();
            Assert.Equal(20, findings.Count(f => f.Type == EntityTypes.EmailAddress));
            Assert.All(findings, f => Assert.Equal(prefix + "customers", f.Path));
            Assert.Contains(findings, f => f.Field == "email" && f.Row == 1 && f.Column == 1);
            var columns = mine.OfType<ColumnClassification>().ToDictionary(c => c.Field);
            Assert.Equal(EntityTypes.PersonName, columns["氏名"].Type);
            Assert.Equal(EntityTypes.PhoneNumber, columns["tel"].Type);
            Assert.Equal(EntityTypes.Biometric, columns["finger"].Type);
            var flag = Assert.Single(mine.OfType<DatabaseFlag>());
            Assert.Equal(20, flag.Rows);
            var summaries = mine.OfType<FileSummary>().Select(f => f.Path).ToList();
            Assert.Equal([prefix + "customers", prefix + "items"], summaries);
            Assert.DoesNotContain(writer.Records.OfType<ScanError>(), e => e.Path.StartsWith(prefix, StringComparison.Ordinal));
        }
        finally
        {
            await ExecuteAsync(dataSource, $"DROP SCHEMA {schema} CASCADE", CancellationToken.None);
        }
    }

    [Fact]
    public async Task Scan_UnreachablePostgres_IsErrorWithoutPassword()
    {
        using var detector = TestScan.Detector();
        var writer = new RecordingWriter();
        var connectionString = "Host=127.0.0.1;Port=1;Database=shop;Username=u;Password=hunter2secret;Timeout=3";

        await new Scanner(detector).ScanAsync([], [connectionString], writer, null, TestContext.Current.CancellationToken);

        var error = Assert.Single(writer.Errors);
        Assert.Equal(("postgres://127.0.0.1:1/shop", ScanErrorCode.DatabaseFailed), (error.Path, error.Code));
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
