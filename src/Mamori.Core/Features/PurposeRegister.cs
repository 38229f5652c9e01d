using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Purposes;
using Mamori.Core.Subjects;

namespace Mamori.Core.Features;

/// <summary>The register of purposes of use (versions with effective dates) and of privacy notices (Art. 17, 21).</summary>
public sealed class PurposeRegister
{
    private readonly IPlatformStore _store;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;
    private volatile IReadOnlyList<Purpose>? _cache;

    internal PurposeRegister(IPlatformStore store, AccessLog log, TimeProvider time)
    {
        _store = store;
        _log = log;
        _time = time;
    }

    /// <summary>Adds a purpose version; version 0 means "the next one". Administrators and privacy officers.</summary>
    /// <param name="caller">Who defines it.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The stored version.</returns>
    public async Task<Purpose> DefineAsync(Caller caller, Purpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(purpose);
        await RequireAdminAsync(caller, "define purpose", cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(purpose.Code) || purpose.Code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new PlatformException("invalid", "A purpose code is ASCII letters, digits, '-' and '_' (e.g. email-marketing).");
        }

        var unknown = purpose.ItemTypes.Concat(purpose.FullValueItemTypes).Where(t => !ItemTypes.IsKnown(t)).ToList();
        if (unknown.Count > 0)
        {
            throw new PlatformException("invalid", $"Unknown item type(s): {string.Join(", ", unknown)}.");
        }

        if (purpose.RetentionDays <= 0)
        {
            throw new PlatformException("invalid", "The retention period must be at least one day (Art. 22).");
        }

        var existing = (await AllAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.Code == purpose.Code).ToList();
        var version = purpose.Version > 0 ? purpose.Version : existing.Count == 0 ? 1 : existing.Max(p => p.Version) + 1;
        if (existing.Any(p => p.Version == version))
        {
            throw new PlatformException("conflict", $"The purpose '{purpose.Code}' already has version {version}.");
        }

        var stored = purpose with { Version = version };
        await _store.InsertPurposeAsync(stored, cancellationToken).ConfigureAwait(false);
        _cache = null;
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], purpose.Code, true, $"purpose {purpose.Code} v{version} defined", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Every purpose version.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<Purpose>> AllAsync(CancellationToken cancellationToken = default) =>
        _cache ??= await _store.GetPurposesAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The version of a purpose in effect now, or null.</summary>
    /// <param name="code">The purpose code.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Purpose?> CurrentAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        return (await AllAsync(cancellationToken).ConfigureAwait(false))
            .Where(p => p.Code == code && p.EffectiveFrom <= now)
            .MaxBy(p => p.Version);
    }

    /// <summary>Publishes a notice version. Administrators and privacy officers.</summary>
    /// <param name="caller">Who publishes it.</param>
    /// <param name="notice">The notice.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Notice> PublishNoticeAsync(Caller caller, Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await RequireAdminAsync(caller, "publish notice", cancellationToken).ConfigureAwait(false);
        var codes = (await AllAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = notice.PurposeCodes.Where(c => !codes.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new PlatformException("invalid", $"The notice names unknown purposes: {string.Join(", ", unknown)}.");
        }

        var stored = string.IsNullOrEmpty(notice.Id) ? notice with { Id = "T" + Guid.CreateVersion7().ToString("N") } : notice;
        await _store.InsertNoticeAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"notice {stored.CollectionPoint} {stored.Version} published", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Every notice version.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<Notice>> NoticesAsync(CancellationToken cancellationToken = default) => _store.GetNoticesAsync(cancellationToken);

    private async Task RequireAdminAsync(Caller caller, string what, CancellationToken cancellationToken)
    {
        if (!Access.AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, what + ": refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers manage purposes and notices.");
        }
    }
}
