namespace Mamori.Cli.Commands.Anonymize;

/// <summary>
/// Stops <c>mamori anonymize</c> with an exit code and a message for people (already in the chosen
/// language, naming files, lines and columns but never cell values). Nothing is written after it.
/// </summary>
internal sealed class AnonymizeFailure : Exception
{
    public AnonymizeFailure(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public AnonymizeFailure(int exitCode, string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public AnonymizeFailure()
    {
    }

    public AnonymizeFailure(string message)
        : base(message)
    {
    }

    public AnonymizeFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary><see cref="MamoriCli.UsageError"/> (2) or <see cref="AnonymizeCommand.DataError"/> (1).</summary>
    public int ExitCode { get; } = AnonymizeCommand.DataError;
}
