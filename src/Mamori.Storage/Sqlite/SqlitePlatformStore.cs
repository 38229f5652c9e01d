using Mamori.Storage.Relational;

namespace Mamori.Storage.Sqlite;

/// <summary>The platform store on <c>mamori.db</c>: the shared SQL as it is (bulk inserts are prepared statements in one transaction).</summary>
internal sealed class SqlitePlatformStore(SqliteDatabase database) : SqlPlatformStore(database);
