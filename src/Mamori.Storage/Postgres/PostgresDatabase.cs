using System.Buffers.Binary;
using System.Data.Common;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Mamori.Storage.Relational;
using Npgsql;

namespace Mamori.Storage.Postgres;

/// <summary>
/// One PostgreSQL schema, reached through an <see cref="NpgsqlDataSource"/> whose connections have
/// <c>search_path</c> set to it, so the SQL the stores share never names a schema. Writers run
/// concurrently; the few places that need one writer at a time take a transaction-scoped advisory lock.
/// </summary>
internal sealed class PostgresDatabase : SqlDatabase
{
    private const int BatchSize = 1000;
    private const int MigrationLock = 1;
    private const int AccessLogLock = 2;

    private readonly NpgsqlDataSource _dataSource;
    private readonly int _lockSpace;

    public PostgresDatabase(string connectionString, string schema)
    {
        if (!SqlIdentifier.IsValid(schema))
        {
            throw new ArgumentException("The schema name must be a plain lower-case identifier.", nameof(schema));
        }

        Schema = schema;
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            SearchPath = schema,
            // Error details can quote row values; they stay on the server.
            IncludeErrorDetail = false,
        };
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "mamori";
        }

        // Mamori sends a few dozen fixed statements. Prepared on a connection from their second use, they are no longer
        // parsed and planned on every call: planning cost more than the index scan of a lookup among a million subjects,
        // and a search (lookup, subject, consents, access-log line) plans about ten statements. An operator's own
        // Max Auto Prepare in the connection string wins.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        Location = $"PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host}:{builder.Port} (schema {schema})";
        _dataSource = NpgsqlDataSource.Create(builder);
        // Advisory locks are per server: key them by schema so two Mamori schemas never wait on each other.
        _lockSpace = BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes("mamori:" + schema)));
    }

    public string Schema { get; }

    public NpgsqlDataSource DataSource => _dataSource;

    public override string Provider => "postgres";

    public override string Location { get; }

    public override async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new WriteScope(connection, transaction, connection.DisposeAsync);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task ExecuteManyAsync<T>(WriteScope scope, string sql, string[] parameterNames, IEnumerable<T> rows, RowBinder<T> bind, CancellationToken cancellationToken)
    {
        // Rows go in batches: a thousand statements per round trip.
        await using var batch = new NpgsqlBatch((NpgsqlConnection)scope.Connection, (NpgsqlTransaction)scope.Transaction);
        var values = new object?[parameterNames.Length];
        foreach (var row in rows)
        {
            bind(row, values);
            var command = new NpgsqlBatchCommand(sql);
            for (var i = 0; i < parameterNames.Length; i++)
            {
                command.Parameters.Add(new NpgsqlParameter(parameterNames[i], values[i] ?? DBNull.Value));
            }

            batch.BatchCommands.Add(command);
            if (batch.BatchCommands.Count == BatchSize)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                batch.BatchCommands.Clear();
            }
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task PrepareMigrationAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        await LockAsync(scope, MigrationLock, cancellationToken).ConfigureAwait(false);
        // Look before creating: a role may use a schema a DBA made for it without the right to create one.
        await using var exists = scope.Command("SELECT count(*) FROM pg_namespace WHERE nspname = @schema").With("@schema", Schema);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            await scope.ExecuteAsync($"CREATE SCHEMA \"{Schema}\"", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string RelaxedLogCommitSql => "SET LOCAL synchronous_commit TO off; ";

    public override Task LockAccessLogAsync(WriteScope scope, CancellationToken cancellationToken) =>
        LockAsync(scope, AccessLogLock, cancellationToken);

    /// <summary>The lock and the read of the last entry sent together: one round trip.</summary>
    public override async Task<(long Sequence, string Hash)?> LockAndReadAccessLogTailAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var query = scope.Command("SELECT pg_advisory_xact_lock(@space, @what); " + AccessLogTailSql).With("@space", _lockSpace).With("@what", AccessLogLock);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>One statement, autocommitted on a pooled connection: atomic as it stands, without BEGIN and COMMIT.</summary>
    public override async Task<int> ExecuteWriteAsync(string sql, CancellationToken cancellationToken, (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override object Time(DateTimeOffset value) => new DateTime(MicrosecondTicks(value), DateTimeKind.Utc);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal), DateTimeKind.Utc));

    public override StorageException Explain(DbException exception)
    {
        if (exception is PostgresException postgres)
        {
            return postgres.SqlState switch
            {
                PostgresErrorCodes.UniqueViolation => new StorageConflictException(
                    $"The {Location} already holds a row with the same key in {postgres.TableName} ({postgres.ConstraintName}); nothing was written.", exception)
                { Table = postgres.TableName },
                PostgresErrorCodes.ForeignKeyViolation => new StorageException(
                    $"The {Location} refused a row in {postgres.TableName} that refers to a missing subject, user or entrustment; nothing was written.", exception),
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => new StorageException(
                    $"The {Location} refused the login: {postgres.MessageText}. Check the user name and password in the connection string (not shown here).", exception),
                PostgresErrorCodes.InvalidCatalogName => new StorageException(
                    $"The {Location} does not exist. Create the database (createdb) or correct Database in the connection string.", exception),
                PostgresErrorCodes.InsufficientPrivilege => new StorageException(
                    $"The {Location} refused the operation: {postgres.MessageText}. Grant the Mamori role the privileges it needs on the schema.", exception),
                PostgresErrorCodes.UndefinedTable => new StorageException(
                    $"The {Location} has no Mamori tables ({postgres.MessageText}). Run the migrations first (the platform does on start).", exception),
                PostgresErrorCodes.TooManyConnections => new StorageException(
                    $"The {Location} has no free connection slot. Lower Maximum Pool Size in the connection string or raise max_connections on the server.", exception),
                PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown => new StorageException(
                    $"The {Location} is shutting down or starting up. Try again when the server is up.", exception),
                _ => new StorageException($"The {Location} failed ({postgres.SqlState}): {postgres.MessageText}", exception),
            };
        }

        return exception.InnerException switch
        {
            SocketException or IOException => new StorageException(
                $"The {Location} cannot be reached: {exception.InnerException.Message}. Check that the server is running and that Host and Port in the connection string are right.", exception),
            TimeoutException => new StorageException(
                $"The {Location} did not answer in time. Check that the server is running and not overloaded, or raise Timeout / Command Timeout in the connection string.", exception),
            _ => new StorageException($"The {Location} failed: {exception.Message}", exception),
        };
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task LockAsync(WriteScope scope, int what, CancellationToken cancellationToken)
    {
        await using var command = scope.Command("SELECT pg_advisory_xact_lock(@space, @what)").With("@space", _lockSpace).With("@what", what);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
