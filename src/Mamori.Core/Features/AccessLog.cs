using Mamori.Core.Audit;
using Mamori.Core.Ports;

namespace Mamori.Core.Features;

/// <summary>Writes and checks the tamper-evident access log (who, role, when, which subject, which items, which purpose, allowed or not).</summary>
public sealed class AccessLog
{
    private readonly IPlatformStore _store;
    private readonly ISubjectKeyStore _keys;
    private readonly byte[] _integrityKey;
    private readonly TimeProvider _time;

    internal AccessLog(IPlatformStore store, ISubjectKeyStore keys, byte[] integrityKey, TimeProvider time)
    {
        _store = store;
        _keys = keys;
        _integrityKey = integrityKey;
        _time = time;
    }

    /// <summary>Appends one entry (sealed into the chain) and records the new head apart from the log.</summary>
    /// <param name="caller">Who acted (null for an unknown caller, e.g. a failed sign-in).</param>
    /// <param name="action">What.</param>
    /// <param name="subjectId">Whose data, if one subject.</param>
    /// <param name="itemTypes">Which item types.</param>
    /// <param name="purpose">The declared purpose.</param>
    /// <param name="allowed">Whether it was allowed.</param>
    /// <param name="detail">A short description without personal values.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<AccessLogEntry> AppendAsync(
        Caller? caller, AccessAction action, string? subjectId, IEnumerable<string> itemTypes, string? purpose, bool allowed, string? detail,
        CancellationToken cancellationToken = default)
    {
        var types = itemTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var at = _time.GetUtcNow();
        var entry = await _store.AppendAccessLogAsync(
            (sequence, previous) => AccessLogChain.Seal(
                new AccessLogEntry(sequence, at, caller?.UserId, caller is null ? null : Access.Roles.Name(caller.Role), action, subjectId, types, purpose, allowed, detail),
                previous,
                _integrityKey),
            cancellationToken).ConfigureAwait(false);
        await _keys.SetAccessLogHeadAsync(new AccessLogHead(entry.Sequence, entry.Hash), cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>Checks the whole log against its chain and its head.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var entries = new List<AccessLogEntry>();
        await foreach (var entry in _store.ReadAccessLogAsync(1, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }

        var head = await _keys.GetAccessLogHeadAsync(cancellationToken).ConfigureAwait(false);
        return AccessLogChain.Verify(entries, head, _integrityKey);
    }

    /// <summary>Reads the log (privacy officers and administrators).</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="fromSequence">The first entry wanted.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<AccessLogEntry>> ReadAsync(Caller caller, long fromSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!Access.AccessPolicy.MayAudit(caller.Role))
        {
            await AppendAsync(caller, AccessAction.Admin, null, [], null, false, "read access log: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only privacy officers and administrators read the access log.");
        }

        var entries = new List<AccessLogEntry>();
        await foreach (var entry in _store.ReadAccessLogAsync(Math.Max(1, fromSequence), cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
            if (entries.Count >= limit)
            {
                break;
            }
        }

        return entries;
    }
}
