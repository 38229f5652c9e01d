namespace Mamori.Cli.Commands.Import;

/// <summary>What <c>mamori import customers</c> was asked to do, as typed.</summary>
internal sealed record ImportRequest
{
    public required string File { get; init; }

    public required string Purpose { get; init; }

    public required string Source { get; init; }

    public IReadOnlyList<string> Maps { get; init; } = [];

    public string? Notice { get; init; }

    public string? AcquiredAt { get; init; }

    public bool Consent { get; init; }

    public bool SkipExisting { get; init; }

    public bool DryRun { get; init; }

    public int BatchSize { get; init; } = 20_000;

    public string? ReceivedFrom { get; init; }
}
