using Mamori.Storage.Relational;

namespace Mamori.Storage.Sqlite;

/// <summary>
/// The key store on <c>keys.db</c>, opened with <c>secure_delete</c> so a destroyed key's bytes are
/// overwritten in the file, and checkpointed after every deletion so they do not survive in the WAL.
/// </summary>
internal sealed class SqliteSubjectKeyStore(SqliteDatabase database) : SqlSubjectKeyStore(database)
{
    private readonly SqliteDatabase _database = database;

    public override async Task DeleteAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        await base.DeleteAsync(subjectId, cancellationToken).ConfigureAwait(false);
        await GuardAsync(() => _database.CheckpointAsync(cancellationToken)).ConfigureAwait(false);
    }
}
