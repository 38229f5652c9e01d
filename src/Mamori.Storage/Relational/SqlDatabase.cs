using System.Data.Common;

namespace Mamori.Storage.Relational;

/// <summary>Fills one row's parameter values, in the order of the parameter names given with the SQL.</summary>
internal delegate void RowBinder<in T>(T row, object?[] values);

/// <summary>
/// What differs between SQLite and PostgreSQL below the SQL the stores share: how connections are
/// opened, how writers are serialised, how times are written, how many rows are written at once, how
/// errors are explained. One instance per database (the data store and the key store each have one).
/// </summary>
internal abstract class SqlDatabase : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>: also the migrations folder.</summary>
    public abstract string Provider { get; }

    /// <summary>Where this database is, for messages: a file path, or host, database and schema (never a password).</summary>
    public abstract string Location { get; }

    /// <summary>A connection for reading (concurrent readers are fine); the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken);

    /// <summary>Starts a write transaction; writes never interleave with other writers' transactions.</summary>
    public abstract Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="sql"/> once per row, bound from <paramref name="bind"/>, inside <paramref name="scope"/>.</summary>
    public abstract Task ExecuteManyAsync<T>(WriteScope scope, string sql, string[] parameterNames, IEnumerable<T> rows, RowBinder<T> bind, CancellationToken cancellationToken);

    /// <summary>Serialises migrations across processes (PostgreSQL; SQLite's write lock already does).</summary>
    public virtual Task PrepareMigrationAsync(WriteScope scope, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Serialises access-log appends across processes (PostgreSQL; SQLite's write lock already does).</summary>
    public virtual Task LockAccessLogAsync(WriteScope scope, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Takes the access-log lock (<see cref="LockAccessLogAsync"/>) and reads the last entry's sequence number and hash,
    /// or null for an empty log. PostgreSQL does both in one round trip.
    /// </summary>
    public virtual async Task<(long Sequence, string Hash)?> LockAndReadAccessLogTailAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await LockAccessLogAsync(scope, cancellationToken).ConfigureAwait(false);
        await using var query = scope.Command(AccessLogTailSql);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// Runs one statement as a write of its own and returns the rows it touched: in a write transaction here (SQLite's
    /// single writer); PostgreSQL overrides it with one autocommitted statement (one round trip instead of two).
    /// </summary>
    public virtual async Task<int> ExecuteWriteAsync(string sql, CancellationToken cancellationToken, (string Name, object? Value)[] parameters)
    {
        await using var scope = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var rows = await scope.ExecuteAsync(sql, cancellationToken, parameters).ConfigureAwait(false);
        await scope.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>The last access-log entry's sequence number and hash.</summary>
    protected const string AccessLogTailSql = "SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1";

    /// <summary>
    /// SQL sent before the insert of an access-log entry that records an allowed read or search, in the same transaction.
    /// PostgreSQL commits such entries without waiting for the WAL flush (the entry stays ordered and chained; a crash of
    /// the server can lose the last fraction of a second of read entries, never a write, export, erasure or refusal).
    /// Empty for SQLite.
    /// </summary>
    public virtual string RelaxedLogCommitSql => string.Empty;

    /// <summary>A time as a parameter value, kept to the microsecond.</summary>
    public abstract object Time(DateTimeOffset value);

    /// <summary>A time column (microseconds) as UTC.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    public object? NullableTime(DateTimeOffset? value) => value is { } time ? Time(time) : null;

    /// <summary>A database failure explained: what, where, what to do. Never holds parameter values.</summary>
    public abstract StorageException Explain(DbException exception);

    public abstract ValueTask DisposeAsync();

    /// <summary>Drops the 100-ns digit both databases cannot hold in a time column.</summary>
    public static long MicrosecondTicks(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return ticks - (ticks % 10);
    }
}
