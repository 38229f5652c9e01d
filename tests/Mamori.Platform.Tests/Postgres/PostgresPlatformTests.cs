using Mamori.Platform.Tests.Harness;
using Mamori.Platform.Tests.Suite;
using Mamori.Testing;

namespace Mamori.Platform.Tests.Postgres;

/// <summary>
/// The platform suite on PostgreSQL: worlds in databases of their own on the test cluster. Skipped locally
/// without MAMORI_TEST_POSTGRES, failed under CI.
/// </summary>
public sealed class PostgresPlatformTests : PlatformSuite<PostgresFixture>
{
    public PostgresPlatformTests(PostgresFixture fixture)
        : base(fixture)
    {
        TestEnvironment.RequirePostgres();
    }
}
