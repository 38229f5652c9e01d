using Mamori.Core.Provision;

namespace Mamori.Core.Ports;

/// <summary>
/// Where third-party provision is kept: the recipients register (versioned), provision stops, receipt and Art. 31
/// confirmations, and the provision/receipt records with their retention deadlines. Each method is atomic.
/// </summary>
public interface IProvisionStore
{
    /// <summary>Adds a recipient version.</summary>
    /// <param name="recipient">The version.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertRecipientAsync(Recipient recipient, CancellationToken cancellationToken = default);

    /// <summary>Every version of every recipient, by id then version.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<Recipient>> GetRecipientVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>A recipient's versions, oldest first (empty when unknown).</summary>
    /// <param name="recipientId">The recipient.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<Recipient>> GetRecipientVersionsAsync(string recipientId, CancellationToken cancellationToken = default);

    /// <summary>Adds a provision stop.</summary>
    /// <param name="stop">The stop.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertProvisionStopAsync(ProvisionStop stop, CancellationToken cancellationToken = default);

    /// <summary>A person's provision stops, oldest first.</summary>
    /// <param name="subjectId">The person.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<ProvisionStop>> GetProvisionStopsAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The facts deciding provision of <paramref name="itemTypes"/> to <paramref name="recipientId"/> for <paramref name="purposeCode"/>,
    /// for each id given (in the same order): a few queries per thousand ids for small sets, one pass over each table for large
    /// ones — never queries per person. <see cref="ProvisionFacts.HeldItemTypes"/> holds only the types asked for.
    /// </summary>
    /// <param name="subjectIds">The people.</param>
    /// <param name="recipientId">The recipient.</param>
    /// <param name="purposeCode">The purpose.</param>
    /// <param name="itemTypes">The item types to be provided.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<ProvisionFacts>> GetProvisionFactsAsync(
        IReadOnlyList<string> subjectIds, string recipientId, string purposeCode, IReadOnlyList<string> itemTypes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes records in one transaction. A bulk record extends the existing bulk record of the same person, counterparty, basis and
    /// items (its last provision, count and retention deadline) instead of adding one.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task WriteRecordsAsync(IReadOnlyList<ProvisionRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Every record concerning one person (all kinds), oldest first: served by an index on the person.</summary>
    /// <param name="subjectId">The person.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<ProvisionRecord>> GetRecordsForSubjectAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Records matching a filter, newest first.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<ProvisionRecord>> ListRecordsAsync(RecordFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Deletes the records whose retention deadline is before <paramref name="now"/>; returns how many.</summary>
    /// <param name="now">The time.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<int> PurgeRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Adds a receipt confirmation.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertReceiptConfirmationAsync(ReceiptConfirmation confirmation, CancellationToken cancellationToken = default);

    /// <summary>Every receipt confirmation, oldest first.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<ReceiptConfirmation>> GetReceiptConfirmationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds an Art. 31 confirmation.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task InsertPersonalRelatedConfirmationAsync(PersonalRelatedConfirmation confirmation, CancellationToken cancellationToken = default);

    /// <summary>Every Art. 31 confirmation, oldest first.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<IReadOnlyList<PersonalRelatedConfirmation>> GetPersonalRelatedConfirmationsAsync(CancellationToken cancellationToken = default);
}
