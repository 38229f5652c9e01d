using Mamori.Core.Ports;

namespace Mamori.Storage.Relational;

/// <summary>
/// <see cref="IPlatformStore"/> in SQL both SQLite and PostgreSQL understand (<c>ON CONFLICT</c>
/// upserts, row values, <c>LIMIT</c>). The provider classes add only what differs: how the database is
/// reached (<see cref="SqlDatabase"/>) and PostgreSQL's COPY for bulk inserts. Split by concern:
/// subjects and items, events, governance (purposes, notices, consents), access (users, tokens,
/// entrustments), the access log, and operations (exports, settings, imports).
/// </summary>
internal abstract partial class SqlPlatformStore : SqlStore, IPlatformStore
{
    protected SqlPlatformStore(SqlDatabase database)
        : base(database)
    {
    }

    public string Provider => Db.Provider;

    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(() => Migrator.MigrateAsync(Db, Migrator.DataStore, cancellationToken));
}
