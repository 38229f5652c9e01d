using System.Data.Common;
using Mamori.Core.Consents;
using Mamori.Core.Purposes;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    protected const string ConsentColumns = "id, subject_id, purpose_code, given, at, channel, notice_id, evidence, recipient_id";

    public Task InsertPurposeAsync(Purpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return ExecuteAsync("""
            INSERT INTO purposes (code, version, effective_from, title, published_text, item_types, retention_days, requires_consent, full_value_item_types, direct_contact)
            VALUES (@code, @version, @effective_from, @title, @published_text, @item_types, @retention_days, @requires_consent, @full_value_item_types, @direct_contact)
            """, cancellationToken,
            ("@code", purpose.Code), ("@version", purpose.Version), ("@effective_from", Db.Time(purpose.EffectiveFrom)), ("@title", purpose.Title),
            ("@published_text", purpose.PublishedText), ("@item_types", JsonList.Write(purpose.ItemTypes)), ("@retention_days", purpose.RetentionDays),
            ("@requires_consent", purpose.RequiresConsent), ("@full_value_item_types", JsonList.Write(purpose.FullValueItemTypes)),
            ("@direct_contact", purpose.DirectContact));
    }

    public Task<IReadOnlyList<Purpose>> GetPurposesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("""
            SELECT code, version, effective_from, title, published_text, item_types, retention_days, requires_consent, full_value_item_types, direct_contact
            FROM purposes ORDER BY code, version
            """, ReadPurpose, cancellationToken);

    public Task InsertNoticeAsync(Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return ExecuteAsync("""
            INSERT INTO notices (id, collection_point, version, text, published_at, purpose_codes)
            VALUES (@id, @collection_point, @version, @text, @published_at, @purpose_codes)
            """, cancellationToken,
            ("@id", notice.Id), ("@collection_point", notice.CollectionPoint), ("@version", notice.Version), ("@text", notice.Text),
            ("@published_at", Db.Time(notice.PublishedAt)), ("@purpose_codes", JsonList.Write(notice.PurposeCodes)));
    }

    public Task<IReadOnlyList<Notice>> GetNoticesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT id, collection_point, version, text, published_at, purpose_codes FROM notices ORDER BY published_at, id",
            r => new Notice(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Db.ReadTime(r, 4), JsonList.Read(r.GetString(5))),
            cancellationToken);

    public Task InsertConsentAsync(ConsentRecord consent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return ExecuteAsync(InsertConsentSql, cancellationToken,
            ("@id", consent.Id), ("@subject_id", consent.SubjectId), ("@purpose_code", consent.PurposeCode), ("@given", consent.Given),
            ("@at", Db.Time(consent.At)), ("@channel", consent.Channel), ("@notice_id", consent.NoticeId), ("@evidence", consent.Evidence),
            ("@recipient_id", consent.RecipientId));
    }

    /// <summary>Oldest first; records with the same time in the order they were written.</summary>
    public Task<IReadOnlyList<ConsentRecord>> GetConsentsAsync(string subjectId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + ConsentColumns + " FROM consents WHERE subject_id = @id ORDER BY at, seq", ReadConsent, cancellationToken, ("@id", subjectId));

    private Purpose ReadPurpose(DbDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), Db.ReadTime(r, 2), r.GetString(3), r.GetString(4), JsonList.Read(r.GetString(5)), r.GetInt32(6), r.GetBoolean(7))
        {
            FullValueItemTypes = JsonList.Read(r.GetString(8)),
            DirectContact = r.GetBoolean(9),
        };

    private ConsentRecord ReadConsent(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), Db.ReadTime(r, 4), r.GetString(5), r.GetNullableString(6), r.GetNullableString(7))
        {
            RecipientId = r.GetNullableString(8),
        };
}
