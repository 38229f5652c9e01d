using Mamori.Core.Access;
using Mamori.Core.Audit;
using Mamori.Core.Ports;
using Mamori.Core.Provision;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Core.Features;

/// <summary>
/// The recipients register (Art. 27-28): who personal data goes to, on which basis, with the opt-out filing, the joint-use
/// statement or the foreign-transfer basis each basis needs; the receipt confirmations made before data is received
/// (Art. 30); and the Art. 31 confirmations for personal-related information. Administrators and privacy officers keep it;
/// every change is versioned and logged.
/// </summary>
public sealed class RecipientRegister
{
    /// <summary>Countries whose regime the PPC recognises as equivalent (Rules Art. 15): the EU and EEA member states and the UK.</summary>
    public static readonly IReadOnlySet<string> AdequateCountries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT",
        "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB",
    };

    private readonly IPlatformStore _store;
    private readonly AccessLog _log;
    private readonly TimeProvider _time;

    internal RecipientRegister(IPlatformStore store, AccessLog log, TimeProvider time)
    {
        _store = store;
        _log = log;
        _time = time;
    }

    /// <summary>Registers a new recipient (version 1). Administrators and privacy officers.</summary>
    /// <param name="caller">Who registers it.</param>
    /// <param name="recipient">The recipient (id, version, time and author are set here).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Recipient> RegisterAsync(Caller caller, Recipient recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        await RequireKeeperAsync(caller, "register recipient", cancellationToken).ConfigureAwait(false);
        var stored = recipient with { Id = Recipient.NewId(), Version = 1, RecordedAt = _time.GetUtcNow(), RecordedBy = caller.UserId, Country = recipient.Country.Trim().ToUpperInvariant() };
        Validate(stored);
        await _store.InsertRecipientAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"recipient {stored.Id} registered ({ProvisionCodes.Name(stored.Basis)}, {stored.Country})", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Records a new version of a recipient (a changed address, a renewed review date, a new filing). Administrators and privacy officers.</summary>
    /// <param name="caller">Who revises it.</param>
    /// <param name="recipient">The new details under the recipient's id.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Recipient> ReviseAsync(Caller caller, Recipient recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        await RequireKeeperAsync(caller, "revise recipient", cancellationToken).ConfigureAwait(false);
        var versions = await _store.GetRecipientVersionsAsync(recipient.Id, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            throw new PlatformException("not_found", $"There is no recipient '{recipient.Id}' (see mamori recipients list).");
        }

        var stored = recipient with { Version = versions[^1].Version + 1, RecordedAt = _time.GetUtcNow(), RecordedBy = caller.UserId, Country = recipient.Country.Trim().ToUpperInvariant() };
        Validate(stored);
        await _store.InsertRecipientAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, true, $"recipient {stored.Id} revised (version {stored.Version})", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>The current version of every recipient.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<Recipient>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await _store.GetRecipientVersionsAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Version)!).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>The current version of a recipient, or null.</summary>
    /// <param name="recipientId">The recipient.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Recipient?> GetAsync(string recipientId, CancellationToken cancellationToken = default)
    {
        var versions = await _store.GetRecipientVersionsAsync(recipientId, cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? null : versions[^1];
    }

    /// <summary>Every version of a recipient, oldest first (empty when unknown).</summary>
    /// <param name="recipientId">The recipient.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<Recipient>> VersionsAsync(string recipientId, CancellationToken cancellationToken = default) =>
        _store.GetRecipientVersionsAsync(recipientId, cancellationToken);

    /// <summary>
    /// Records the confirmation made before receiving personal data (Art. 30(1)): the provider's identity and how it acquired
    /// the data; for the opt-out route, the PPC publication. Imports of the received data name it. Administrators and privacy officers.
    /// </summary>
    /// <param name="caller">Who confirmed.</param>
    /// <param name="confirmation">What was confirmed (id, time and author are set here).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<ReceiptConfirmation> ConfirmReceiptAsync(Caller caller, ReceiptConfirmation confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        await RequireKeeperAsync(caller, "confirm receipt", cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        Require(problems, confirmation.ProviderName, "the provider's name");
        Require(problems, confirmation.ProviderAddress, "the provider's address");
        Require(problems, confirmation.ProviderRepresentative, "the provider's representative");
        Require(problems, confirmation.ProviderAcquisition, "how the provider acquired the data (Art. 30(1)(ii))");
        CheckItems(problems, confirmation.ItemTypes, "the items received");
        if (confirmation.Route is not (ProvisionBasis.Consent or ProvisionBasis.OptOut))
        {
            problems.Add("the route must be consent or opt-out (receipts under an exception, entrustment, succession or joint use need no confirmation record)");
        }

        if (confirmation.Route == ProvisionBasis.OptOut)
        {
            Require(problems, confirmation.PpcPublication, "the PPC publication of the provider's opt-out filing (Rules Art. 24)");
            if (confirmation.ItemTypes.Any(t => ItemTypes.CategoryOf(t) == PiiCategory.SpecialCare))
            {
                problems.Add("special care-required information is never provided by opt-out (Art. 27(2)): this receipt would be unlawful");
            }
        }

        Throw(problems, "The receipt confirmation");
        var stored = confirmation with { Id = ReceiptConfirmation.NewId(), ConfirmedAt = _time.GetUtcNow(), ConfirmedBy = caller.UserId };
        await _store.InsertReceiptConfirmationAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, stored.ItemTypes, null, true, $"receipt confirmation {stored.Id} ({ProvisionCodes.Name(stored.Route)})", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Every receipt confirmation.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<ReceiptConfirmation>> ReceiptConfirmationsAsync(CancellationToken cancellationToken = default) =>
        _store.GetReceiptConfirmationsAsync(cancellationToken);

    /// <summary>
    /// Records the Art. 31 confirmation that a recipient holds the people's consent to receive personal-related items it will
    /// link to them (and, abroad, that they were given the foreign-country information). Administrators and privacy officers.
    /// </summary>
    /// <param name="caller">Who confirmed.</param>
    /// <param name="confirmation">What was confirmed (id, time and author are set here).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<PersonalRelatedConfirmation> ConfirmPersonalRelatedAsync(Caller caller, PersonalRelatedConfirmation confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        await RequireKeeperAsync(caller, "confirm Art. 31 consent", cancellationToken).ConfigureAwait(false);
        var recipient = await GetAsync(confirmation.RecipientId, cancellationToken).ConfigureAwait(false)
            ?? throw new PlatformException("not_found", $"There is no recipient '{confirmation.RecipientId}' (see mamori recipients list).");
        var now = _time.GetUtcNow();
        var problems = new List<string>();
        Require(problems, confirmation.Method, "how the recipient's consent was confirmed");
        CheckItems(problems, confirmation.ItemTypes, "the personal-related items");
        var notRelated = confirmation.ItemTypes.Where(t => ItemTypes.IsKnown(t) && ItemTypes.CategoryOf(t) != PiiCategory.PersonalRelated).ToList();
        if (notRelated.Count > 0)
        {
            problems.Add($"{string.Join(", ", notRelated)} is not personal-related information (Art. 2(7)); it is provided under the recipient's Art. 27 basis");
        }

        if (confirmation.ValidUntil <= now)
        {
            problems.Add("the confirmation must be valid until a future date");
        }

        if (recipient.IsForeign && !confirmation.ForeignInformationConfirmed)
        {
            problems.Add($"the recipient is in {recipient.Country}: confirm also that the people were given the foreign-country information (Art. 31(1)(ii))");
        }

        Throw(problems, "The Art. 31 confirmation");
        var stored = confirmation with { Id = PersonalRelatedConfirmation.NewId(), ConfirmedAt = now, ConfirmedBy = caller.UserId };
        await _store.InsertPersonalRelatedConfirmationAsync(stored, cancellationToken).ConfigureAwait(false);
        await _log.AppendAsync(caller, AccessAction.Admin, null, stored.ItemTypes, null, true, $"Art. 31 confirmation {stored.Id} for recipient {recipient.Id}", cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Every Art. 31 confirmation.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<PersonalRelatedConfirmation>> PersonalRelatedConfirmationsAsync(CancellationToken cancellationToken = default) =>
        _store.GetPersonalRelatedConfirmationsAsync(cancellationToken);

    /// <summary>Administrators and privacy officers keep the register; anyone else is refused (logged).</summary>
    internal async Task RequireKeeperAsync(Caller caller, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.RolePermits(caller.Role, AccessAction.Admin))
        {
            await _log.AppendAsync(caller, AccessAction.Admin, null, [], null, false, what + ": refused", cancellationToken).ConfigureAwait(false);
            throw new PlatformException("forbidden", "Only administrators and privacy officers keep the recipients register and its confirmations (Art. 27-31).");
        }
    }

    /// <summary>Checks a recipient version: what its basis and country require.</summary>
    private static void Validate(Recipient r)
    {
        var problems = new List<string>();
        Require(problems, r.Name, "the recipient's name");
        Require(problems, r.Address, "its address");
        Require(problems, r.Representative, "its representative");
        if (r.Country.Length != 2 || !r.Country.All(char.IsAsciiLetterUpper))
        {
            problems.Add($"the country must be an ISO 3166-1 alpha-2 code such as JP, US or DE (not '{r.Country}')");
        }

        if (r.Basis == ProvisionBasis.Exception && r.Exception is null)
        {
            problems.Add($"an exception recipient names which Art. 27(1) exception applies ({string.Join(", ", ProvisionCodes.ExceptionNames)})");
        }

        if (r.Basis != ProvisionBasis.Exception && r.Exception is not null)
        {
            problems.Add("an Art. 27(1) exception is given only for the exception basis");
        }

        if (r.Basis == ProvisionBasis.OptOut)
        {
            if (r.OptOut is not { } filing)
            {
                problems.Add("an opt-out recipient needs the PPC filing (items, acquisition, provision and request methods, update method, start date, filing date, publication; Art. 27(2))");
            }
            else
            {
                CheckItems(problems, filing.ItemTypes, "the filed items");
                if (filing.ItemTypes.Any(t => ItemTypes.CategoryOf(t) == PiiCategory.SpecialCare))
                {
                    problems.Add("special care-required information cannot be filed for opt-out provision (Art. 27(2))");
                }

                Require(problems, filing.AcquisitionMethod, "how the data was acquired");
                Require(problems, filing.ProvisionMethod, "how it is provided");
                Require(problems, filing.RequestMethod, "how requests to stop are taken");
                Require(problems, filing.UpdateMethod, "how the data is updated");
                Require(problems, filing.Publication, "the PPC publication");
            }
        }
        else if (r.OptOut is not null)
        {
            problems.Add("an opt-out filing is given only for the opt-out basis");
        }

        if (r.Basis == ProvisionBasis.JointUse)
        {
            if (r.JointUse is not { } joint)
            {
                problems.Add("a joint-use recipient needs the published statement (items, joint users, purposes, responsible business's name, address and representative; Art. 27(5)(iii))");
            }
            else
            {
                CheckItems(problems, joint.ItemTypes, "the jointly used items");
                Require(problems, joint.Scope, "the scope of joint users");
                Require(problems, joint.Purposes, "the joint users' purposes");
                Require(problems, joint.ResponsibleName, "the responsible business's name");
                Require(problems, joint.ResponsibleAddress, "the responsible business's address");
                Require(problems, joint.ResponsibleRepresentative, "the responsible business's representative");
            }
        }
        else if (r.JointUse is not null)
        {
            problems.Add("a joint-use statement is given only for the joint-use basis");
        }

        if (!r.IsForeign && r.Foreign is not null)
        {
            problems.Add("an Art. 28 basis is given only for a recipient outside Japan");
        }

        if (r.Foreign is { } foreign)
        {
            if (foreign.Basis == ForeignTransferBasis.AdequateCountry && !AdequateCountries.Contains(r.Country))
            {
                problems.Add($"{r.Country} is not an EU/EEA member state or the UK: choose consent, an equivalent system by contract or APEC CBPR (Art. 28)");
            }

            if (foreign.Basis == ForeignTransferBasis.Consent)
            {
                Require(problems, foreign.RegimeInformation, "the information given to people about the country's protection regime (Rules Art. 17(2))");
                Require(problems, foreign.RecipientMeasures, "the information given to people about the recipient's measures (Rules Art. 17(2))");
            }
        }

        Throw(problems, "The recipient");
    }

    private static void Require(List<string> problems, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(what + " is missing");
        }
    }

    internal static void CheckItems(List<string> problems, IReadOnlyList<string> types, string what)
    {
        if (types.Count == 0)
        {
            problems.Add(what + ": at least one item type is needed");
        }

        problems.AddRange(types.Where(t => !ItemTypes.IsKnown(t)).Select(t => $"{what}: unknown item type '{t}'"));
    }

    private static void Throw(List<string> problems, string what)
    {
        if (problems.Count > 0)
        {
            throw new PlatformException("invalid", $"{what} is incomplete or inconsistent: {string.Join("; ", problems)}.");
        }
    }
}
