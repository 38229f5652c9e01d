using Microsoft.Data.Sqlite;

namespace Mamori.Scanning.Formats;

/// <summary>
/// Scans a SQLite database file read-only: every user table, the first <see cref="ScanOptions.SampleRows"/>
/// rows of each, fields reported as <c>table.column</c>.
/// </summary>
internal static class SqliteFileScanner
{
    public static void Scan(FileScan file)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = file.PhysicalPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            file.Session.Cancellation.ThrowIfCancellationRequested();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {Quote(table)} LIMIT $limit";
            command.Parameters.AddWithValue("$limit", Math.Max(1, file.Session.Options.SampleRows));
            using var reader = command.ExecuteReader();
            var names = new string[reader.FieldCount];
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = reader.GetName(i);
                fields[i] = table + "." + names[i];
            }

            var scanner = new DatabaseTableScanner(file, table, fields, names);
            while (reader.Read())
            {
                scanner.BeginRow();
                for (var i = 0; i < names.Length; i++)
                {
                    scanner.Value(i, reader.IsDBNull(i) ? null : reader.GetValue(i));
                }
            }

            scanner.Complete();
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
