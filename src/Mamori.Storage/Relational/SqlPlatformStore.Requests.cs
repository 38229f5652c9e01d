using System.Data.Common;
using Mamori.Core.Requests;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    private const string RequestColumns = """
        id, subject_id, type, channel, received_at, due_at, status, received_by, by_agent, verification_method, agent_verification,
        verified_at, verified_by, fee_yen, fee_paid_at, format, item_types, fulfilled_at, refused_at, answered_by, refusal_reason, note, outcome
        """;

    private const string RequestValues = """
        @id, @subject_id, @type, @channel, @received_at, @due_at, @status, @received_by, @by_agent, @verification_method, @agent_verification,
        @verified_at, @verified_by, @fee_yen, @fee_paid_at, @format, @item_types, @fulfilled_at, @refused_at, @answered_by, @refusal_reason, @note, @outcome
        """;

    public Task InsertRequestAsync(SubjectRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ExecuteAsync("INSERT INTO subject_requests (" + RequestColumns + ") VALUES (" + RequestValues + ")", cancellationToken, RequestParameters(request));
    }

    public async Task<bool> UpdateRequestAsync(SubjectRequest request, RequestStatus expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = RequestParameters(request).Append(("@expected", RequestNames.Name(expected))).ToArray();
        var changed = await ExecuteAsync("""
            UPDATE subject_requests SET status = @status, verification_method = @verification_method, agent_verification = @agent_verification,
                verified_at = @verified_at, verified_by = @verified_by, fee_yen = @fee_yen, fee_paid_at = @fee_paid_at, format = @format,
                item_types = @item_types, fulfilled_at = @fulfilled_at, refused_at = @refused_at, answered_by = @answered_by,
                refusal_reason = @refusal_reason, note = @note, outcome = @outcome
            WHERE id = @id AND status = @expected AND subject_id = @subject_id AND type = @type AND channel = @channel
                AND received_at = @received_at AND due_at = @due_at AND received_by = @received_by AND by_agent = @by_agent
            """, cancellationToken, parameters).ConfigureAwait(false);
        return changed == 1;
    }

    public Task<SubjectRequest?> GetRequestAsync(string requestId, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT " + RequestColumns + " FROM subject_requests WHERE id = @id", ReadRequest, cancellationToken, ("@id", requestId));

    public Task<IReadOnlyList<SubjectRequest>> ListRequestsAsync(bool openOnly, string? subjectId, CancellationToken cancellationToken = default)
    {
        var where = new List<string>();
        if (openOnly)
        {
            where.Add("status IN ('received', 'verified')");
        }

        if (subjectId is not null)
        {
            where.Add("subject_id = @subject_id");
        }

        var filter = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        return QueryAsync("SELECT " + RequestColumns + " FROM subject_requests" + filter + " ORDER BY received_at, id", ReadRequest, cancellationToken,
            subjectId is null ? [] : [("@subject_id", subjectId)]);
    }

    public async Task SetDoNotContactAsync(string subjectId, DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        var changed = await ExecuteAsync("UPDATE subjects SET do_not_contact_at = @since WHERE id = @id", cancellationToken,
            ("@since", Db.NullableTime(since)), ("@id", subjectId)).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new KeyNotFoundException("No subject has this id; the do-not-contact mark was not changed.");
        }
    }

    private (string, object?)[] RequestParameters(SubjectRequest r) =>
    [
        ("@id", r.Id), ("@subject_id", r.SubjectId), ("@type", RequestNames.Name(r.Type)), ("@channel", r.Channel),
        ("@received_at", Db.Time(r.ReceivedAt)), ("@due_at", Db.Time(r.DueAt)), ("@status", RequestNames.Name(r.Status)),
        ("@received_by", r.ReceivedBy), ("@by_agent", r.ByAgent), ("@verification_method", r.VerificationMethod),
        ("@agent_verification", r.AgentVerification), ("@verified_at", Db.NullableTime(r.VerifiedAt)), ("@verified_by", r.VerifiedBy),
        ("@fee_yen", r.FeeYen), ("@fee_paid_at", Db.NullableTime(r.FeePaidAt)), ("@format", r.Format is { } f ? RequestNames.Name(f) : null),
        ("@item_types", JsonList.Write(r.ItemTypes)), ("@fulfilled_at", Db.NullableTime(r.FulfilledAt)), ("@refused_at", Db.NullableTime(r.RefusedAt)),
        ("@answered_by", r.AnsweredBy), ("@refusal_reason", r.RefusalReason is { } reason ? RequestNames.Name(reason) : null),
        ("@note", r.Note), ("@outcome", r.Outcome),
    ];

    private SubjectRequest ReadRequest(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), RequestNames.TryParse(r.GetString(2), out RequestType type) ? type : throw Unreadable("subject_requests.type"),
            r.GetString(3), Db.ReadTime(r, 4), Db.ReadTime(r, 5),
            RequestNames.TryParse(r.GetString(6), out RequestStatus status) ? status : throw Unreadable("subject_requests.status"), r.GetString(7))
        {
            ByAgent = r.GetBoolean(8),
            VerificationMethod = r.GetNullableString(9),
            AgentVerification = r.GetNullableString(10),
            VerifiedAt = Db.ReadNullableTime(r, 11),
            VerifiedBy = r.GetNullableString(12),
            FeeYen = r.GetInt32(13),
            FeePaidAt = Db.ReadNullableTime(r, 14),
            Format = r.IsDBNull(15) ? null : RequestNames.TryParse(r.GetString(15), out DisclosureFormat format) ? format : throw Unreadable("subject_requests.format"),
            ItemTypes = JsonList.Read(r.GetString(16)),
            FulfilledAt = Db.ReadNullableTime(r, 17),
            RefusedAt = Db.ReadNullableTime(r, 18),
            AnsweredBy = r.GetNullableString(19),
            RefusalReason = r.IsDBNull(20) ? null : RequestNames.TryParse(r.GetString(20), out RefusalReason reason) ? reason : throw Unreadable("subject_requests.refusal_reason"),
            Note = r.GetNullableString(21),
            Outcome = r.GetNullableString(22),
        };

    private static InvalidDataException Unreadable(string column) =>
        new($"The database holds a value in {column} this version of Mamori does not know; upgrade Mamori or check the database.");
}
