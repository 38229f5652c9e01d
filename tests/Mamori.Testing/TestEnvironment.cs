using Xunit;

namespace Mamori.Testing;

/// <summary>What the test run may rely on: CI strictness and the PostgreSQL harness.</summary>
public static class TestEnvironment
{
    /// <summary>The variable scripts/pg.sh exports with the throwaway cluster's connection string.</summary>
    public const string PostgresVariable = "MAMORI_TEST_POSTGRES";

    /// <summary>True when running under CI (<c>CI=true</c>): missing parts fail instead of skipping.</summary>
    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The PostgreSQL connection string of the test cluster. Skips the calling test locally when it is
    /// missing; fails it under CI, where .ci/run must have started the cluster.
    /// </summary>
    public static string RequirePostgres()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        const string how = "Start a cluster with: eval \"$(scripts/pg.sh start)\" (scripts/test.sh does this for you).";
        if (IsCI)
        {
            Assert.Fail($"{PostgresVariable} is not set but CI=true: the PostgreSQL harness did not start. {how}");
        }

        Assert.Skip($"{PostgresVariable} is not set. {how}");
        return string.Empty;
    }
}
