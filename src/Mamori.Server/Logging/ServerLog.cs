
namespace Mamori.Server.Logging;

/// <summary>The server's log lines. None carries a value from a request or from the platform's data.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(1, LogLevel.Debug, "Refused with {Status} ({Code}) on {Endpoint}")]
    public static partial void Refused(ILogger logger, int status, string code, string endpoint);

    [LoggerMessage(2, LogLevel.Debug, "Malformed request ({Status}) on {Endpoint}")]
    public static partial void BadRequest(ILogger logger, string endpoint, int status);

    [LoggerMessage(3, LogLevel.Error, "The database failed on {Endpoint} (trace {TraceId}): {Reason}")]
    public static partial void StorageFailed(ILogger logger, string endpoint, string traceId, string reason);

    [LoggerMessage(4, LogLevel.Error, "Unexpected {ExceptionType} on {Endpoint} (trace {TraceId}); message withheld, it may quote data. Stack:\n{StackTrace}")]
    public static partial void Unexpected(ILogger logger, string exceptionType, string endpoint, string traceId, string stackTrace);
}
