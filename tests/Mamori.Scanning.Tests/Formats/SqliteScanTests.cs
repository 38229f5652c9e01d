using Mamori.Detection;
using Mamori.Scanning.Formats;
using Mamori.Scanning.Records;
using Mamori.Scanning.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Mamori.Scanning.Tests.Formats;

public sealed class SqliteScanTests
{
    [Fact]
    public async Task Scan_SqliteFile_ScansEveryTableWithTableColumnFields()
    {
        using var folder = new TempFolder();
        var path = folder.File("app.data");
        Create(path, 5);

        var result = await TestScan.RunAsync(path);

        Assert.Equal(FileFormat.Sqlite, Assert.Single(result.Files).Format);
        var email = result.Findings.Single(f => f.Type == EntityTypes.EmailAddress && f.Row == 2);
        Assert.Equal(("members.email", 2, 1), (email.Field, email.Line, email.Column));
        var columns = result.Columns.ToDictionary(c => c.Field);
        Assert.Equal(EntityTypes.EmailAddress, columns["members.email"].Type);
        Assert.Equal(EntityTypes.PersonName, columns["members.name"].Type);
        Assert.Equal(EntityTypes.Biometric, columns["members.fingerprint"].Type);
        Assert.Equal(PiiCategory.IdentificationCode, columns["members.fingerprint"].Category);
        Assert.DoesNotContain(columns.Keys, k => k.StartsWith("products.", StringComparison.Ordinal));
        var flag = Assert.Single(result.Databases);
        Assert.Equal(("members", 5), (flag.Table, flag.Rows));
        Assert.Equal(RiskLevel.High, Assert.Single(result.Files).Risk);
        Assert.Equal(5, result.Findings.Count(f => f.Type == EntityTypes.Biometric));
    }

    [Fact]
    public async Task Scan_SampleRows_LimitsRowsPerTable()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.db");
        Create(path, 50);

        var result = await TestScan.RunAsync(new ScanOptions { SampleRows = 10 }, path);

        Assert.Equal(10, result.Findings.Count(f => f.Type == EntityTypes.EmailAddress));
        Assert.Equal(10, Assert.Single(result.Databases).Rows);
    }

    [Fact]
    public async Task Scan_DamagedSqlite_IsErrorRecord()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.db", [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0xAB, 200)]);

        var result = await TestScan.RunAsync(path);

        Assert.Single(result.Errors);
    }

    private static void Create(string path, int rows)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, email TEXT, phone TEXT, fingerprint BLOB);
            CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT, price INTEGER);
            INSERT INTO products (title, price) VALUES ('りんご', 100), ('みかん', 80);
            """;
        create.ExecuteNonQuery();
        string[] names = ["山田太郎", "佐藤花子", "鈴木一郎", "田中次郎"];
        for (var i = 1; i <= rows; i++)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO members (name, email, phone, fingerprint) VALUES ($n, $e, $p, $f)";
            insert.Parameters.AddWithValue("$n", names[i % names.Length]);
            insert.Parameters.AddWithValue("$e", $"user{i}@example.com");
            insert.Parameters.AddWithValue("$p", $"090-0000-{i:D4}");
            insert.Parameters.AddWithValue("$f", (byte[])[.. "FMR\0"u8, .. " 20\0"u8, (byte)i]);
            insert.ExecuteNonQuery();
        }
    }
}
