using System.Globalization;
using System.Threading.Channels;
using Mamori.Scanning.Records;
using Npgsql;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans a PostgreSQL database: every ordinary and partitioned table in every schema except the
/// system ones, sampled with <c>TABLESAMPLE SYSTEM</c> when the planner estimates the table at more
/// than ten times the sample size, else the first rows, capped by <c>LIMIT</c>
/// <see cref="ScanOptions.SampleRows"/>. Tables are reported as <c>postgres://host/db/schema.table</c>.
/// The connection string (it may hold a password) is never reported.
/// </summary>
internal static class PostgresScanner
{
    private const string TablesSql = """
        SELECT n.nspname, c.relname, c.oid, GREATEST(c.reltuples, 0)::float8
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\_%'
        ORDER BY n.nspname, c.relname
        """;

    private const string ColumnsSql = """
        SELECT attname, atttypid = 'bytea'::regtype
        FROM pg_attribute
        WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped
        ORDER BY attnum
        """;

    public static string DisplayName(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var port = builder.Port is 0 or NpgsqlConnection.DefaultPort ? string.Empty : ":" + builder.Port.ToString(CultureInfo.InvariantCulture);
            return $"postgres://{builder.Host}{port}/{builder.Database ?? builder.Username}";
        }
        catch (ArgumentException)
        {
            return "postgres://(invalid connection string)";
        }
    }

    public static async Task ScanAsync(ScanSession session, string connectionString, ChannelWriter<ScanRecord> output)
    {
        var basePath = DisplayName(connectionString);
        var cancellation = session.Cancellation;
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException)
        {
            output.TryWrite(new ScanError(basePath, ScanErrorCode.DatabaseFailed, "the PostgreSQL connection string is not valid"));
            return;
        }

        await using (dataSource.ConfigureAwait(false))
        {
            NpgsqlConnection connection;
            try
            {
                connection = await dataSource.OpenConnectionAsync(cancellation).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                output.TryWrite(new ScanError(basePath, ScanErrorCode.DatabaseFailed, "could not connect to PostgreSQL: " + Describe(ex)));
                return;
            }

            await using (connection.ConfigureAwait(false))
            {
                var tables = new List<(string Schema, string Name, uint Oid, double Rows)>();
                await using (var list = new NpgsqlCommand(TablesSql, connection))
                await using (var reader = await list.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
                    {
                        tables.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<uint>(2), reader.GetDouble(3)));
                    }
                }

                foreach (var table in tables)
                {
                    var file = new FileScan(session, output, $"{basePath}/{table.Schema}.{table.Name}", string.Empty, 0, null, holdsWorker: true)
                    {
                        Format = FileFormat.Postgres,
                    };
                    await session.Workers.WaitAsync(cancellation).ConfigureAwait(false);
                    try
                    {
                        await ScanTableAsync(file, connection, table.Schema, table.Name, table.Oid, table.Rows).ConfigureAwait(false);
                    }
                    catch (PostgresException ex)
                    {
                        file.Error(ScanErrorCode.DatabaseFailed, "the table could not be read: " + Describe(ex));
                    }
                    finally
                    {
                        session.Workers.Release();
                    }

                    file.Complete();
                }
            }
        }
    }

    private static async Task ScanTableAsync(FileScan file, NpgsqlConnection connection, string schema, string name, uint oid, double estimatedRows)
    {
        var cancellation = file.Session.Cancellation;
        var sample = Math.Max(1, file.Session.Options.SampleRows);
        var columns = new List<(string Name, bool Binary)>();
        await using (var describe = new NpgsqlCommand(ColumnsSql, connection) { Parameters = { new() { Value = oid, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Oid } } })
        await using (var reader = await describe.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                columns.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }

        if (columns.Count == 0)
        {
            return;
        }

        var select = string.Join(", ", columns.Select(c => c.Binary ? Quote(c.Name) : Quote(c.Name) + "::text"));
        var from = Quote(schema) + "." + Quote(name);
        var tablesample = estimatedRows > sample * 10d
            ? string.Create(CultureInfo.InvariantCulture, $" TABLESAMPLE SYSTEM ({Math.Min(100, Math.Max(0.001, sample * 300d / estimatedRows)):0.###})")
            : string.Empty;
        var names = columns.Select(c => c.Name).ToArray();
        var scanner = new DatabaseTableScanner(file, table: null, names, names);
        await using (var command = new NpgsqlCommand($"SELECT {select} FROM {from}{tablesample} LIMIT {sample}", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                scanner.BeginRow();
                for (var i = 0; i < columns.Count; i++)
                {
                    scanner.Value(i, await reader.IsDBNullAsync(i, cancellation).ConfigureAwait(false) ? null : reader.GetValue(i));
                }
            }
        }

        scanner.Complete();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The server's SQLSTATE or the exception kind; never the message, which may quote data.</summary>
    private static string Describe(Exception ex) => ex is PostgresException pg ? "SQLSTATE " + pg.SqlState : ex.GetType().Name;
}
