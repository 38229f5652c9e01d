using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mamori.Core.Audit;

/// <summary>
/// How access-log entries are chained and checked. Each entry's hash is an HMAC-SHA256 (under a key
/// derived from the master key, never stored with the log) over its fields and the previous hash, so
/// entries cannot be changed and re-chained by someone who can only write the database.
/// </summary>
public static class AccessLogChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The hash of an entry: HMAC-SHA256 over a canonical text of its fields and the previous hash.</summary>
    /// <param name="entry">The entry (its <see cref="AccessLogEntry.Hash"/> is ignored).</param>
    /// <param name="key">The integrity key.</param>
    public static string ComputeHash(AccessLogEntry entry, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = string.Join('\u001F',
            entry.PreviousHash,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            entry.UserId ?? string.Empty,
            entry.Role ?? string.Empty,
            entry.Action.ToString(),
            entry.SubjectId ?? string.Empty,
            string.Join(',', entry.ItemTypes),
            entry.Purpose ?? string.Empty,
            entry.Allowed ? "1" : "0",
            entry.Detail ?? string.Empty);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Seals an entry: sets its previous hash and its own hash.</summary>
    /// <param name="entry">The entry to append.</param>
    /// <param name="previousHash">The hash of the last entry, or <see cref="Genesis"/>.</param>
    /// <param name="key">The integrity key.</param>
    public static AccessLogEntry Seal(AccessLogEntry entry, string previousHash, ReadOnlySpan<byte> key)
    {
        var linked = entry with { PreviousHash = previousHash };
        return linked with { Hash = ComputeHash(linked, key) };
    }

    /// <summary>
    /// Checks entries in sequence order against each other and against the recorded head (the count and
    /// last hash kept apart from the log): any changed, removed, inserted or reordered entry is found.
    /// </summary>
    /// <param name="entries">The log, in the order stored.</param>
    /// <param name="head">The head recorded with the last append, or null when none was recorded.</param>
    /// <param name="key">The integrity key.</param>
    /// <returns>The outcome, naming the first entry that fails.</returns>
    public static AuditVerification Verify(IEnumerable<AccessLogEntry> entries, AccessLogHead? head, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = Genesis;
        long expected = 1;
        var hashes = new Dictionary<long, string>();
        foreach (var entry in entries)
        {
            if (entry.Sequence != expected)
            {
                // Named by the entry that should be here: the one removed (or moved away).
                return AuditVerification.Broken(expected - 1, expected, $"entry {expected} is missing or out of order (found {entry.Sequence} in its place)");
            }

            if (entry.PreviousHash != previous)
            {
                return AuditVerification.Broken(expected - 1, entry.Sequence, $"entry {entry.Sequence} does not follow entry {entry.Sequence - 1} (chain broken)");
            }

            if (ComputeHash(entry, key) != entry.Hash)
            {
                return AuditVerification.Broken(expected - 1, entry.Sequence, $"entry {entry.Sequence} was changed after it was written");
            }

            previous = entry.Hash;
            if (head is not null && entry.Sequence == head.Count)
            {
                hashes[entry.Sequence] = entry.Hash;
            }

            expected++;
        }

        // The head may lag behind by entries appended after it was recorded (they are covered by the keyed
        // chain); a log shorter than the head, or a different entry at the head's position, was cut.
        var count = expected - 1;
        if (head is not null && (count < head.Count || (head.Count > 0 && !HashAt(head.Count))))
        {
            return count < head.Count
                ? AuditVerification.Broken(count, count + 1,
                    $"entry {count + 1} is missing: the log holds {count} entries but {head.Count} were recorded as written (entries removed from its end)")
                : AuditVerification.Broken(head.Count - 1, head.Count,
                    $"entry {head.Count} is not the one recorded as written (entries replaced)");
        }

        return AuditVerification.Intact(count);

        bool HashAt(long sequence) => hashes.TryGetValue(sequence, out var hash) && hash == head.LastHash;
    }
}
