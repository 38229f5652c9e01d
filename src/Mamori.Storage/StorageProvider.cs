namespace Mamori.Storage;

/// <summary>The database behind the platform, chosen by configuration (never guessed from a connection string).</summary>
public enum StorageProvider
{
    /// <summary>Two SQLite files in the data folder: <c>mamori.db</c> (data) and <c>keys.db</c> (wrapped subject keys). The default.</summary>
    Sqlite,

    /// <summary>PostgreSQL 15+: data in one schema, wrapped subject keys in another.</summary>
    Postgres,
}
