using Mamori.Core.Ports;
using Mamori.Core.Retention;
using Mamori.Core.Security;

namespace Mamori.Core.Features;

/// <summary>
/// The customer data platform's use cases over one data store, key store and key file — what the API,
/// the pages and the CLI call. Open it with <see cref="OpenAsync"/>.
/// </summary>
public sealed class Platform : IAsyncDisposable
{
    private Platform(IPlatformStore store, ISubjectKeyStore keys, MasterKeys master, TimeProvider time, PlatformOptions options)
    {
        Store = store;
        KeyStore = keys;
        MasterKeys = master;
        Time = time;
        Options = options;
        AccessLog = new AccessLog(store, keys, master.Current.AuditIntegrityKey(), time);
        Purposes = new PurposeRegister(store, AccessLog, time);
        Users = new UserAdministration(store, AccessLog, time, options);
        Subjects = new SubjectRegistry(store, keys, master, AccessLog, Purposes, time);
        Consents = new ConsentLedger(store, Subjects, Purposes, AccessLog, time);
        Entrustments = new EntrustmentRegister(store, Purposes, AccessLog);
        Exports = new SubjectExport(store, Subjects, Purposes, AccessLog, time, options);
        Imports = new CustomerImport(store, keys, Subjects, Purposes, master, AccessLog, time, options);
        KeyRotation = new MasterKeyRotation(keys, master, AccessLog, options);
        Incidents = new BreachIncidents(store, AccessLog, time);
        Contractors = new ContractorRegister(store, Purposes, Users, AccessLog, time);
        Retention = new RetentionJob(store, Subjects, Purposes, AccessLog, time, options);
        Recipients = new RecipientRegister(store, AccessLog, time);
        Provisions = new ThirdPartyProvision(store, Recipients, Purposes, AccessLog, time);
        // Art. 29/30/31 records have their own 1- and 3-year clocks: the retention run purges them too.
        Retention.AddParticipant(RetentionParticipant.Create("provision-records", (now, ct) => Provisions.PurgeExpiredRecordsAsync(now, ct)));
        Statement = new PublicStatement(store, Purposes, AccessLog, time, options);
        Requests = new SubjectRequests(store, Subjects, Purposes, Statement, Provisions, AccessLog, time, options);
    }

    /// <summary>The data store.</summary>
    public IPlatformStore Store { get; }

    /// <summary>The key store.</summary>
    public ISubjectKeyStore KeyStore { get; }

    /// <summary>The master keys.</summary>
    public MasterKeys MasterKeys { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The settings.</summary>
    public PlatformOptions Options { get; }

    /// <summary>The access log.</summary>
    public AccessLog AccessLog { get; }

    /// <summary>Purposes and notices.</summary>
    public PurposeRegister Purposes { get; }

    /// <summary>Users, tokens, sign-in.</summary>
    public UserAdministration Users { get; }

    /// <summary>Subjects and their data.</summary>
    public SubjectRegistry Subjects { get; }

    /// <summary>Consents.</summary>
    public ConsentLedger Consents { get; }

    /// <summary>Entrustments to contractors.</summary>
    public EntrustmentRegister Entrustments { get; }

    /// <summary>Controlled exports.</summary>
    public SubjectExport Exports { get; }

    /// <summary>Customer imports.</summary>
    public CustomerImport Imports { get; }

    /// <summary>Master key rotation.</summary>
    public MasterKeyRotation KeyRotation { get; }

    /// <summary>Breach incidents (Art. 26).</summary>
    public BreachIncidents Incidents { get; }

    /// <summary>The contractor register (Art. 25): entrustments with their contract, assessments and sub-contractors.</summary>
    public ContractorRegister Contractors { get; }

    /// <summary>The retention job (Art. 22) and its deletion log.</summary>
    public RetentionJob Retention { get; }

    /// <summary>The recipients register and the receipt and Art. 31 confirmations (Art. 27-31).</summary>
    public RecipientRegister Recipients { get; }

    /// <summary>Provision to third parties and the provision/receipt records (Art. 27-31, 33(5)).</summary>
    public ThirdPartyProvision Provisions { get; }

    /// <summary>The business profile and the Art. 32 public statement.</summary>
    public PublicStatement Statement { get; }

    /// <summary>Data-subject requests (Art. 32-39).</summary>
    public SubjectRequests Requests { get; }

    /// <summary>Migrates both stores and loads (or on first start creates) the key file.</summary>
    /// <param name="store">The data store.</param>
    /// <param name="keys">The key store.</param>
    /// <param name="keyFile">The master key file (created with permissions 600 when missing on a new database).</param>
    /// <param name="time">The clock (tests pass a controllable one).</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<Platform> OpenAsync(IPlatformStore store, ISubjectKeyStore keys, string keyFile, TimeProvider? time = null, PlatformOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(keys);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await keys.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var master = await MasterKeys.OpenAsync(keyFile, store, cancellationToken).ConfigureAwait(false);
        return new Platform(store, keys, master, time ?? TimeProvider.System, options ?? new PlatformOptions());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync().ConfigureAwait(false);
        await KeyStore.DisposeAsync().ConfigureAwait(false);
    }
}
