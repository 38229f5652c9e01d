using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>Entrustments to contractors (Art. 25): the items, purposes and term a contractor's access is limited to.</summary>
public sealed class EntrustmentRegister
{
    private readonly IPlatformStore _store;
    private readonly PurposeRegister _purposes;
    private readonly AccessLog _log;

    internal EntrustmentRegister(IPlatformStore store, PurposeRegister purposes, AccessLog log)
    {
        _store = store;
        _purposes = purposes;
        _log = log;
    }

    /// <summary>Creates an entrustment (administrators and privacy officers).</summary>
    /// <param name="caller">Who creates it.</param>
    /// <param name="entrustment">The entrustment (an empty id gets a new one).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Entrustment> CreateAsync(Caller caller, Entrustment entrustment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(entrustment);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, "create entrustment: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers manage entrustments.");
        }

        var codes = (await _purposes.AllAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var problems = entrustment.PurposeCodes.Where(c => !codes.Contains(c)).Select(c => $"unknown purpose '{c}'")
            .Concat(entrustment.ItemTypes.Where(t => !ItemTypes.IsEntrustable(t)).Select(t => $"unknown item type '{t}'")).ToList();
        if (string.IsNullOrWhiteSpace(entrustment.Contractor) || entrustment.PurposeCodes.Count == 0 || entrustment.ItemTypes.Count == 0)
        {
            problems.Add("an entrustment names the contractor, at least one purpose and at least one item type");
        }

        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", "The entrustment is incomplete: " + string.Join("; ", problems) + ".");
        }

        var stored = string.IsNullOrEmpty(entrustment.Id) ? entrustment with { Id = Entrustment.NewId() } : entrustment;
        await _store.InsertEntrustmentAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, stored.ItemTypes, null, true, $"entrustment {stored.Id} created", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Every entrustment, for a caller who supervises contractors (administrators and privacy officers); a refusal is logged.</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<Entrustment>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, "list entrustments: refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers see the entrustment register (Art. 25).");
        }

        return await _store.GetEntrustmentsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every entrustment, unchecked: for the local operator's CLI, which holds the key file. Callers on behalf of a user use <see cref="ListAsync(Caller, CancellationToken)"/>.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<Entrustment>> ListAsync(CancellationToken cancellationToken = default) => _store.GetEntrustmentsAsync(cancellationToken);
}
