using System.Data.Common;
namespace Mamori.Storage.Relational;

/// <summary>
/// What both stores share: a <see cref="SqlDatabase"/>, write transactions, queries, and the rule that
/// every database failure leaves as a <see cref="StorageException"/> saying what, where and what to do.
/// </summary>
internal abstract class SqlStore : IAsyncDisposable
{
    protected SqlStore(SqlDatabase database)
    {
        Db = database;
    }

    protected SqlDatabase Db { get; }

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    /// <summary>Runs <paramref name="body"/> in a write transaction and commits it; a failure rolls everything back.</summary>
    protected Task WriteAsync(Func<WriteScope, Task> body, CancellationToken cancellationToken) =>
        WriteAsync(async scope =>
        {
            await body(scope).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <inheritdoc cref="WriteAsync(Func{WriteScope, Task}, CancellationToken)"/>
    protected Task<T> WriteAsync<T>(Func<WriteScope, Task<T>> body, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var scope = await Db.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            var result = await body(scope).ConfigureAwait(false);
            await scope.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        });

    /// <summary>Runs one statement in its own write transaction; returns the rows it touched.</summary>
    protected Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        GuardAsync(() => Db.ExecuteWriteAsync(sql, cancellationToken, parameters));

    /// <summary>Reads every row a query returns.</summary>
    protected Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        GuardAsync<IReadOnlyList<T>>(async () =>
        {
            await using var connection = await Db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(map(reader));
            }

            return rows;
        });

    /// <summary>The first row a query returns, or null.</summary>
    protected async Task<T?> QuerySingleAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await QueryAsync(sql, map, cancellationToken, parameters).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return command;
    }

    protected async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            throw Db.Explain(exception);
        }
    }

    protected async Task GuardAsync(Func<Task> operation)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            throw Db.Explain(exception);
        }
    }
}
