using Mamori.Scanning.Records;

namespace Mamori.Scanning;

/// <summary>One thing to scan: a file, a PostgreSQL database, or a path that could not be walked.</summary>
internal abstract record ScanTarget
{
    private ScanTarget()
    {
    }

    public sealed record File(string PhysicalPath, string ReportedPath) : ScanTarget;

    public sealed record Postgres(string ConnectionString) : ScanTarget;

    public sealed record Failure(string ReportedPath, ScanErrorCode Code, string Message) : ScanTarget;
}
