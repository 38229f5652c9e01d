using System.Data.Common;
using System.Globalization;
using Mamori.Storage.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Mamori.Storage.Sqlite;

/// <summary>
/// One SQLite file in WAL mode. A single long-lived writer connection, guarded by a semaphore, takes
/// every write (in <c>BEGIN IMMEDIATE</c> transactions, so another process on the same file waits its
/// turn too); reads use pooled connections of their own and run concurrently with the writer.
/// The writer does not checkpoint (an automatic checkpoint would copy the WAL and sync the disk while
/// holding the write lock, stalling every queued write): a background connection checkpoints passively
/// once a second after writes, alongside writers and readers.
/// </summary>
internal sealed class SqliteDatabase : SqlDatabase
{
    // How often and how long a full checkpoint waits for readers to let go of the WAL (about 10 s in all).
    private const int CheckpointAttempts = 500;
    private const int CheckpointRetryMs = 20;

    private const int PageCacheKiB = 262144;

    /// <summary>Pages of new database files (existing files keep theirs): 16 KiB.</summary>
    private const int PageSize = 16384;
    private const long RestartFrames = 32768;
    private const int RestartBusyMs = 200;
    private const long WalSizeLimit = 128L * 1024 * 1024;
    private static readonly TimeSpan s_checkpointInterval = TimeSpan.FromSeconds(1);

    private readonly string _readConnectionString;
    private readonly string _writeConnectionString;
    private readonly int _busyTimeoutMs;
    private readonly bool _secureDelete;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _stopCheckpoints = new();
    private SqliteConnection? _writer;
    private Task? _checkpoints;
    private int _writesSinceCheckpoint;
    private bool _disposed;

    /// <param name="path">The database file (created when missing).</param>
    /// <param name="busyTimeout">How long to wait for another process's lock.</param>
    /// <param name="secureDelete">Overwrite deleted content with zeros (the key store: a destroyed key must not linger in free pages).</param>
    public SqliteDatabase(string path, TimeSpan busyTimeout, bool secureDelete)
    {
        Path = path;
        _busyTimeoutMs = (int)Math.Min(int.MaxValue, busyTimeout.TotalMilliseconds);
        _secureDelete = secureDelete;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database for this many seconds (0 would mean forever).
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        };
        _readConnectionString = builder.ConnectionString;
        builder.Pooling = false;
        _writeConnectionString = builder.ConnectionString;
    }

    public string Path { get; }

    public override string Provider => "sqlite";

    public override string Location => "SQLite file " + Path;

    public override async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = _writer ??= await OpenWriterAsync(cancellationToken).ConfigureAwait(false);
            _checkpoints ??= CheckpointInBackgroundAsync(_stopCheckpoints.Token);
            // deferred: false → BEGIN IMMEDIATE: the file's write lock is taken now, not at the first write.
            var transaction = writer.BeginTransaction(deferred: false);
            return new WriteScope(writer, transaction, () =>
            {
                Interlocked.Increment(ref _writesSinceCheckpoint);
                _writeLock.Release();
                return ValueTask.CompletedTask;
            });
        }
        catch
        {
            _writeLock.Release();
            throw;
        }
    }

    public override Task ExecuteManyAsync<T>(WriteScope scope, string sql, string[] parameterNames, IEnumerable<T> rows, RowBinder<T> bind, CancellationToken cancellationToken)
    {
        // One prepared statement, parameters bound by position, stepped and reset per row, straight through SQLite's C API
        // inside the scope's transaction. SQLite is in-process, so a plain loop is the fastest way in; Microsoft.Data.Sqlite's
        // ExecuteNonQuery looked each parameter up by name and opened a data reader on every row (most of a bulk import's time).
        var db = ((SqliteConnection)scope.Connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            var positions = new int[parameterNames.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = raw.sqlite3_bind_parameter_index(statement, parameterNames[i]);
            }

            var values = new object?[parameterNames.Length];
            var count = 0;
            foreach (var row in rows)
            {
                if ((++count & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                bind(row, values);
                for (var i = 0; i < positions.Length; i++)
                {
                    SqliteException.ThrowExceptionForRC(Bind(statement, positions[i], values[i]), db);
                }

                var result = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (result != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(result, db);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static int Bind(sqlite3_stmt statement, int position, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, position),
        string text => raw.sqlite3_bind_text(statement, position, text),
        byte[] bytes => raw.sqlite3_bind_blob(statement, position, bytes),
        long number => raw.sqlite3_bind_int64(statement, position, number),
        int number => raw.sqlite3_bind_int64(statement, position, number),
        bool flag => raw.sqlite3_bind_int(statement, position, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(statement, position, real),
        _ => throw new NotSupportedException($"A value of type {value.GetType().Name} cannot be bound to a SQLite parameter."),
    };

    /// <summary>Copies what has been committed to the WAL into the main file and empties the WAL (after a key is destroyed).</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = _writer ??= await OpenWriterAsync(cancellationToken).ConfigureAwait(false);
            await using var command = writer.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            // A reader in the middle of a read transaction (a pooled reader, the background checkpointer) keeps the WAL
            // from being reset: SQLite then answers busy = 1 instead of failing. Wait for it, so that what was deleted
            // (a destroyed data key) is really gone from the WAL when this returns.
            for (var attempt = 0; ; attempt++)
            {
                long busy;
                await using (var result = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    busy = await result.ReadAsync(cancellationToken).ConfigureAwait(false) ? result.GetInt64(0) : 0;
                }

                if (busy == 0)
                {
                    break;
                }

                if (attempt == CheckpointAttempts)
                {
                    throw new StorageException($"The {Location} could not be checkpointed: another connection kept reading for {CheckpointAttempts * CheckpointRetryMs / 1000} s. Try again; stop other Mamori processes using this data folder if it persists.");
                }

                await Task.Delay(CheckpointRetryMs, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override object Time(DateTimeOffset value) => (MicrosecondTicks(value) - DateTime.UnixEpoch.Ticks) / 10;

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(DateTime.UnixEpoch.Ticks + (reader.GetInt64(ordinal) * 10), TimeSpan.Zero);

    public override StorageException Explain(DbException exception)
    {
        if (exception is not SqliteException sqlite)
        {
            return new StorageException($"The {Location} failed: {exception.Message}", exception);
        }

        var message = sqlite.SqliteErrorCode switch
        {
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED =>
                $"The {Location} is locked by another process (waited {(_busyTimeoutMs / 1000.0).ToString("0.#", CultureInfo.InvariantCulture)} s). Stop the other Mamori process using this data folder (a server or an import), or try again when it has finished.",
            SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT =>
                $"The {Location} cannot be read: it is not a SQLite database or it is damaged. Check that the data folder is the right one, or restore the file from a backup.",
            SQLitePCL.raw.SQLITE_CANTOPEN =>
                $"The {Location} cannot be opened. Check that its folder exists and that the user running Mamori may read and write it.",
            SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH =>
                $"The {Location} cannot be written. Give the user running Mamori write permission on the file and its folder.",
            SQLitePCL.raw.SQLITE_FULL =>
                $"The {Location} cannot grow: the disk is full. Free space on its volume, then try again.",
            SQLitePCL.raw.SQLITE_IOERR =>
                $"The {Location} could not be read or written (I/O error {sqlite.SqliteExtendedErrorCode.ToString(CultureInfo.InvariantCulture)}). Check the disk and the file system.",
            SQLitePCL.raw.SQLITE_CONSTRAINT => null,
            _ => $"The {Location} failed (SQLite error {sqlite.SqliteExtendedErrorCode.ToString(CultureInfo.InvariantCulture)}): {sqlite.Message}",
        };
        return message is not null ? new StorageException(message, exception) : ExplainConstraint(sqlite);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stopCheckpoints.CancelAsync().ConfigureAwait(false);
        if (_checkpoints is not null)
        {
            await _checkpoints.ConfigureAwait(false);
        }

        _stopCheckpoints.Dispose();
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
                _writer = null;
            }

            // Pooled readers keep the file open; release them so the folder can be moved or deleted.
            using var pooled = new SqliteConnection(_readConnectionString);
            SqliteConnection.ClearPool(pooled);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private StorageException ExplainConstraint(SqliteException exception)
    {
        // SQLite names the table and column ("UNIQUE constraint failed: users.name"), never the value.
        const int unique = 2067, primaryKey = 1555, foreignKey = 787;
        var detail = exception.Message;
        var colon = detail.LastIndexOf(": ", StringComparison.Ordinal);
        var what = colon >= 0 ? detail[(colon + 2)..].TrimEnd('.', '\'') : null;
        return exception.SqliteExtendedErrorCode switch
        {
            unique or primaryKey => new StorageConflictException(
                $"The {Location} already holds a row with the same {what ?? "key"}; nothing was written.", exception)
            { Table = what?.Split('.')[0] },
            foreignKey => new StorageException(
                $"The {Location} refused a row that refers to a missing subject, user or entrustment; nothing was written.", exception),
            _ => new StorageException($"The {Location} refused the write: {what ?? "a constraint failed"}; nothing was written.", exception),
        };
    }

    /// <summary>
    /// Checkpoints on a connection of their own, once a second after writes. A passive checkpoint copies committed
    /// pages from the WAL into the file (and syncs it) without the write lock, so writers never wait for the disk.
    /// Under steady writes the WAL is then never fully copied at the moment a writer starts, so SQLite never starts it
    /// over: once it passes <see cref="RestartFrames"/> pages, a restart checkpoint under the write lock copies the few
    /// pages written since and resets it (waiting at most <see cref="RestartBusyMs"/> for readers; else next tick).
    /// SQLite also checkpoints when the last connection closes. A failed checkpoint is retried at the next tick.
    /// </summary>
    private async Task CheckpointInBackgroundAsync(CancellationToken stop)
    {
        await Task.Yield();
        SqliteConnection? connection = null;
        using var timer = new PeriodicTimer(s_checkpointInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                if (Interlocked.Exchange(ref _writesSinceCheckpoint, 0) == 0)
                {
                    continue;
                }

                try
                {
                    connection ??= await OpenCheckpointerAsync(stop).ConfigureAwait(false);
                    var walPages = await CheckpointAsync(connection, "PASSIVE", stop).ConfigureAwait(false);
                    if (walPages >= RestartFrames)
                    {
                        await _writeLock.WaitAsync(stop).ConfigureAwait(false);
                        try
                        {
                            await CheckpointAsync(connection, "RESTART", stop).ConfigureAwait(false);
                        }
                        finally
                        {
                            _writeLock.Release();
                        }
                    }
                }
                catch (SqliteException)
                {
                    // Busy with another checkpoint, or the file is unavailable: the next tick tries again.
                    Interlocked.Increment(ref _writesSinceCheckpoint);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs one checkpoint; returns the pages in the WAL (its result row is busy, WAL pages, pages copied).</summary>
    private static async Task<long> CheckpointAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(" + mode + ")";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(1) ? reader.GetInt64(1) : 0;
    }

    private async Task<SqliteConnection> OpenCheckpointerAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_writeConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                PRAGMA busy_timeout = {RestartBusyMs};
                PRAGMA synchronous = NORMAL;
                PRAGMA wal_autocheckpoint = 0;
                """);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_writeConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                PRAGMA busy_timeout = {_busyTimeoutMs};
                PRAGMA page_size = {PageSize};
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                PRAGMA foreign_keys = ON;
                PRAGMA cache_size = -{PageCacheKiB};
                PRAGMA temp_store = MEMORY;
                PRAGMA secure_delete = {(_secureDelete ? "ON" : "OFF")};
                PRAGMA wal_autocheckpoint = 0;
                PRAGMA journal_size_limit = {WalSizeLimit};
                """);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
