namespace Mamori.Core.Retention;

/// <summary>Makes an <see cref="IRetentionParticipant"/> of a method, e.g. <c>RetentionParticipant.Create("provision-records", provisions.PurgeExpiredRecordsAsync)</c>.</summary>
public static class RetentionParticipant
{
    /// <summary>A participant that calls <paramref name="purge"/>.</summary>
    /// <param name="name">Its name in the deletion log.</param>
    /// <param name="purge">Deletes what expired at the given time; returns how many.</param>
    public static IRetentionParticipant Create(string name, Func<DateTimeOffset, CancellationToken, Task<int>> purge)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(purge);
        return new DelegateParticipant(name, purge);
    }

    private sealed class DelegateParticipant(string name, Func<DateTimeOffset, CancellationToken, Task<int>> purge) : IRetentionParticipant
    {
        public string Name => name;

        public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => purge(now, cancellationToken);
    }
}
