using Mamori.Storage.Relational;
using Npgsql;

namespace Mamori.Storage;

/// <summary>
/// Where the platform keeps its data. <see cref="Provider"/> decides; the other settings only configure
/// that provider. A class with setters so that hosts can bind it from configuration.
/// </summary>
public sealed class PlatformStorageOptions
{
    /// <summary>The file name of the SQLite data store inside <see cref="DataDirectory"/>.</summary>
    public const string SqliteDataFileName = "mamori.db";

    /// <summary>The file name of the SQLite key store inside <see cref="KeyStoreDirectory"/> (or <see cref="DataDirectory"/>).</summary>
    public const string SqliteKeyFileName = "keys.db";

    /// <summary>The database; SQLite unless configured otherwise.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite: the data folder (created when missing). Holds <c>mamori.db</c>, and <c>keys.db</c> unless <see cref="KeyStoreDirectory"/> is set.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>SQLite: a folder for <c>keys.db</c> apart from the data (another volume, another backup schedule). Defaults to <see cref="DataDirectory"/>.</summary>
    public string? KeyStoreDirectory { get; set; }

    /// <summary>SQLite: how long a write waits for another process holding the database before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>PostgreSQL: an Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL: the schema of the data store.</summary>
    public string PostgresSchema { get; set; } = "mamori";

    /// <summary>PostgreSQL: the schema of the key store (grant it to fewer roles, back it up apart).</summary>
    public string PostgresKeySchema { get; set; } = "mamori_keys";

    /// <summary>Problems with these options, each a sentence saying what to change; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        switch (Provider)
        {
            case StorageProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(DataDirectory))
                {
                    problems.Add("DataDirectory is required for SQLite storage: set it to the folder that should hold mamori.db and keys.db.");
                }

                if (!string.IsNullOrWhiteSpace(ConnectionString))
                {
                    problems.Add("ConnectionString is set but Provider is Sqlite: set Provider to Postgres to use PostgreSQL, or remove the connection string.");
                }

                if (SqliteBusyTimeout <= TimeSpan.Zero)
                {
                    problems.Add("SqliteBusyTimeout must be positive.");
                }

                break;
            case StorageProvider.Postgres:
                ValidatePostgres(problems);
                break;
            default:
                problems.Add($"Provider must be Sqlite or Postgres (it is {(int)Provider}).");
                break;
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <exception cref="ArgumentException">The options cannot be used; the message lists every problem.</exception>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The storage options are not usable: " + string.Join(" ", problems));
        }
    }

    private void ValidatePostgres(List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("ConnectionString is required for PostgreSQL storage (e.g. Host=127.0.0.1;Database=mamori;Username=mamori;Password=…).");
        }
        else
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.Host))
                {
                    problems.Add("The PostgreSQL connection string has no Host.");
                }
            }
            catch (ArgumentException)
            {
                // The string itself is never echoed: it may hold a password.
                problems.Add("The PostgreSQL connection string cannot be parsed: check its Key=Value; pairs.");
            }
        }

        CheckSchema(nameof(PostgresSchema), PostgresSchema, problems);
        CheckSchema(nameof(PostgresKeySchema), PostgresKeySchema, problems);
        if (string.Equals(PostgresSchema, PostgresKeySchema, StringComparison.Ordinal))
        {
            problems.Add("PostgresSchema and PostgresKeySchema must differ: the key store is kept apart from the data so that a copy of the data alone can never be decrypted.");
        }
    }

    private static void CheckSchema(string name, string? schema, List<string> problems)
    {
        if (!SqlIdentifier.IsValid(schema))
        {
            problems.Add($"{name} must be a lower-case identifier of letters, digits and underscores, starting with a letter or underscore, at most 63 characters.");
        }
    }
}
