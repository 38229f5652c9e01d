using Mamori.Platform.Tests.Harness;
using Mamori.Platform.Tests.Suite;

namespace Mamori.Platform.Tests.Sqlite;

/// <summary>The platform suite on SQLite: worlds in temporary data folders (mamori.db, keys.db, master.key).</summary>
public sealed class SqlitePlatformTests(SqliteFixture fixture) : PlatformSuite<SqliteFixture>(fixture);
