using System.Data.Common;

namespace Mamori.Storage.Relational;

/// <summary>
/// One write transaction: a connection, its transaction and whatever guards the writer (SQLite's
/// single-writer lock). Disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
internal sealed class WriteScope : IAsyncDisposable
{
    private readonly Func<ValueTask> _release;
    private bool _disposed;

    public WriteScope(DbConnection connection, DbTransaction transaction, Func<ValueTask> release)
    {
        Connection = connection;
        Transaction = transaction;
        _release = release;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await _release().ConfigureAwait(false);
        }
    }
}
