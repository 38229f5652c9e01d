namespace Mamori.Core.Provision;

/// <summary>Which records to list.</summary>
public sealed record RecordFilter
{
    /// <summary>Only this person's.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Only those with this counterparty (recipient or receipt confirmation).</summary>
    public string? CounterpartyId { get; init; }

    /// <summary>Only this kind.</summary>
    public RecordKind? Kind { get; init; }

    /// <summary>Only those last provided at or after this.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only those last provided before this.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>At most this many (newest first). Default 1000.</summary>
    public int Limit { get; init; } = 1000;
}
