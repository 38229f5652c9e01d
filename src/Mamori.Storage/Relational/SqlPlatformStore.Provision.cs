using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mamori.Core.Provision;
using Mamori.Core.Subjects;

namespace Mamori.Storage.Relational;

/// <summary>Third-party provision: recipients (versioned), stops, confirmations, and the provision/receipt records.</summary>
internal abstract partial class SqlPlatformStore
{
    protected const string RecordColumns =
        "id, record_key, kind, subject_id, counterparty_id, counterparty_name, counterparty_address, counterparty_representative, basis, item_types, " +
        "first_at, last_at, retain_until, operation_id, purpose_code, consent_id, consent_confirmed, provider_acquisition, ppc_publication, country, bulk, provision_count";

    /// <summary>
    /// A bulk record meets the earlier one with the same key and extends it: its last provision, its count and its deadline
    /// (3 years, or 1, from the last provision). Other records have their own id as key and never meet one.
    /// </summary>
    protected const string RecordUpsertTail = """
         ON CONFLICT (record_key) DO UPDATE SET
            last_at = excluded.last_at, retain_until = excluded.retain_until, operation_id = excluded.operation_id,
            consent_id = COALESCE(excluded.consent_id, provision_records.consent_id),
            provision_count = provision_records.provision_count + 1
        """;

    private const string RecipientColumns =
        "id, version, name, address, representative, country, basis, exception, foreign_basis, opt_out, joint_use, contract_substitutes, recorded_at, recorded_by";

    private const int IdChunk = 1000;

    /// <summary>From this many people on, the facts come from one pass over each table rather than id lists.</summary>
    private const int ScanThreshold = 5000;

    private static readonly string[] s_recordParameters =
    [
        "@id", "@record_key", "@kind", "@subject_id", "@counterparty_id", "@counterparty_name", "@counterparty_address", "@counterparty_representative", "@basis",
        "@item_types", "@first_at", "@last_at", "@retain_until", "@operation_id", "@purpose_code", "@consent_id", "@consent_confirmed", "@provider_acquisition",
        "@ppc_publication", "@country", "@bulk", "@provision_count",
    ];

    [ThreadStatic]
    private static (IReadOnlyList<string> List, string Json)? t_lastItemList;

    private static readonly JsonSerializerOptions s_json = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    public Task InsertRecipientAsync(Recipient recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return ExecuteAsync("INSERT INTO recipients (" + RecipientColumns + """
            ) VALUES (@id, @version, @name, @address, @representative, @country, @basis, @exception, @foreign_basis, @opt_out, @joint_use,
                      @contract_substitutes, @recorded_at, @recorded_by)
            """, cancellationToken,
            ("@id", recipient.Id), ("@version", recipient.Version), ("@name", recipient.Name), ("@address", recipient.Address),
            ("@representative", recipient.Representative), ("@country", recipient.Country), ("@basis", ProvisionCodes.Name(recipient.Basis)),
            ("@exception", recipient.Exception is { } e ? ProvisionCodes.Name(e) : null),
            ("@foreign_basis", Json(recipient.Foreign)), ("@opt_out", Json(recipient.OptOut)), ("@joint_use", Json(recipient.JointUse)),
            ("@contract_substitutes", recipient.ContractSubstitutesRecord), ("@recorded_at", Db.Time(recipient.RecordedAt)), ("@recorded_by", recipient.RecordedBy));
    }

    public Task<IReadOnlyList<Recipient>> GetRecipientVersionsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + RecipientColumns + " FROM recipients ORDER BY id, version", ReadRecipient, cancellationToken);

    public Task<IReadOnlyList<Recipient>> GetRecipientVersionsAsync(string recipientId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + RecipientColumns + " FROM recipients WHERE id = @id ORDER BY version", ReadRecipient, cancellationToken, ("@id", recipientId));

    public Task InsertProvisionStopAsync(ProvisionStop stop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stop);
        return ExecuteAsync("INSERT INTO provision_stops (id, subject_id, recipient_id, reason, at, by_user) VALUES (@id, @subject_id, @recipient_id, @reason, @at, @by)",
            cancellationToken, ("@id", stop.Id), ("@subject_id", stop.SubjectId), ("@recipient_id", stop.RecipientId), ("@reason", stop.Reason),
            ("@at", Db.Time(stop.At)), ("@by", stop.By));
    }

    public Task<IReadOnlyList<ProvisionStop>> GetProvisionStopsAsync(string subjectId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT id, subject_id, recipient_id, reason, at, by_user FROM provision_stops WHERE subject_id = @id ORDER BY at, id",
            r => new ProvisionStop(r.GetString(0), r.GetString(1), r.GetNullableString(2), r.GetString(3), Db.ReadTime(r, 4), r.GetString(5)),
            cancellationToken, ("@id", subjectId));

    /// <summary>
    /// Five queries (status, held item types, provision consents, stops, opt-out receipts): per thousand people for small sets, and
    /// once over each table for large ones (a provision to everyone reads each table once instead of a hundred times).
    /// </summary>
    public async Task<IReadOnlyList<ProvisionFacts>> GetProvisionFactsAsync(
        IReadOnlyList<string> subjectIds, string recipientId, string purposeCode, IReadOnlyList<string> itemTypes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectIds);
        ArgumentNullException.ThrowIfNull(itemTypes);
        var facts = new List<ProvisionFacts>(subjectIds.Count);
        var scan = subjectIds.Count >= ScanThreshold;
        var chunkSize = scan ? Math.Max(1, subjectIds.Count) : IdChunk;
        for (var start = 0; start < subjectIds.Count; start += chunkSize)
        {
            var chunk = subjectIds.Skip(start).Take(chunkSize).ToList();
            var wanted = scan ? new HashSet<string>(chunk, StringComparer.Ordinal) : null;
            var (list, idParameters) = scan ? (string.Empty, []) : InList(chunk);
            var typeNames = string.Join(", ", itemTypes.Select((_, i) => "@t" + i.ToString(CultureInfo.InvariantCulture)));
            (string, object?)[] parameters =
            [
                .. idParameters, ("@recipient", recipientId), ("@purpose", purposeCode),
                .. itemTypes.Select((t, i) => ("@t" + i.ToString(CultureInfo.InvariantCulture), (object?)t)),
            ];
            string Where(string column) => scan ? string.Empty : $" AND {column} IN ({list})";
            var part = await GuardAsync(async () =>
            {
                await using var connection = await Db.OpenReadAsync(cancellationToken).ConfigureAwait(false);
                var status = new Dictionary<string, SubjectStatus>(chunk.Count, StringComparer.Ordinal);
                await ReadAsync(connection, "SELECT id, status FROM subjects WHERE 1 = 1" + Where("id"), parameters, r =>
                {
                    var id = r.GetString(0);
                    if (wanted is null || wanted.Contains(id))
                    {
                        status[id] = Codes.ToSubjectStatus(r.GetString(1));
                    }
                }, cancellationToken).ConfigureAwait(false);
                var held = new Dictionary<string, HashSet<string>>(chunk.Count, StringComparer.Ordinal);
                if (itemTypes.Count > 0)
                {
                    await ReadAsync(connection, "SELECT subject_id, type FROM items WHERE type IN (" + typeNames + ")" + Where("subject_id"), parameters, r =>
                    {
                        var id = r.GetString(0);
                        if (wanted is not null && !wanted.Contains(id))
                        {
                            return;
                        }

                        if (!held.TryGetValue(id, out var types))
                        {
                            held[id] = types = new HashSet<string>(StringComparer.Ordinal);
                        }

                        types.Add(r.GetString(1));
                    }, cancellationToken).ConfigureAwait(false);
                }

                var consent = new Dictionary<string, (string Id, bool Given)>(StringComparer.Ordinal);
                await ReadAsync(connection,
                    "SELECT subject_id, id, given FROM consents WHERE purpose_code = @purpose AND recipient_id = @recipient" + Where("subject_id") + " ORDER BY at, seq",
                    parameters, r => consent[r.GetString(0)] = (r.GetString(1), r.GetBoolean(2)), cancellationToken).ConfigureAwait(false);
                var stopped = new HashSet<string>(StringComparer.Ordinal);
                await ReadAsync(connection, "SELECT subject_id FROM provision_stops WHERE (recipient_id IS NULL OR recipient_id = @recipient)" + Where("subject_id"),
                    parameters, r => stopped.Add(r.GetString(0)), cancellationToken).ConfigureAwait(false);
                var byOptOut = new HashSet<string>(StringComparer.Ordinal);
                await ReadAsync(connection, "SELECT subject_id FROM provision_records WHERE kind = 'receipt' AND basis = 'opt-out'" + Where("subject_id"),
                    parameters, r => byOptOut.Add(r.GetString(0)), cancellationToken).ConfigureAwait(false);
                var none = new HashSet<string>(StringComparer.Ordinal);
                return chunk.Select(id => new ProvisionFacts(
                    id,
                    status.TryGetValue(id, out var s) ? s : null,
                    consent.TryGetValue(id, out var c) ? c.Id : null,
                    consent.TryGetValue(id, out var g) && g.Given,
                    stopped.Contains(id),
                    byOptOut.Contains(id),
                    held.TryGetValue(id, out var h) ? h : none)).ToList();
            }).ConfigureAwait(false);
            facts.AddRange(part);
        }

        return facts;
    }

    /// <summary>SQLite: one prepared statement rebound per record in one transaction. PostgreSQL overrides this with COPY and one upsert.</summary>
    public virtual Task WriteRecordsAsync(IReadOnlyList<ProvisionRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0
            ? Task.CompletedTask
            : WriteAsync(scope => Db.ExecuteManyAsync(scope,
                "INSERT INTO provision_records (" + RecordColumns + ") VALUES (" + string.Join(", ", s_recordParameters) + ")" + RecordUpsertTail,
                s_recordParameters, records, BindRecord, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<ProvisionRecord>> GetRecordsForSubjectAsync(string subjectId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + RecordColumns + " FROM provision_records WHERE subject_id = @id ORDER BY first_at, id", ReadRecord, cancellationToken, ("@id", subjectId));

    public Task<IReadOnlyList<ProvisionRecord>> ListRecordsAsync(RecordFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = new List<string>();
        var parameters = new List<(string, object?)> { ("@limit", filter.Limit) };
        if (filter.SubjectId is { } subject)
        {
            where.Add("subject_id = @subject");
            parameters.Add(("@subject", subject));
        }

        if (filter.CounterpartyId is { } counterparty)
        {
            where.Add("counterparty_id = @counterparty");
            parameters.Add(("@counterparty", counterparty));
        }

        if (filter.Kind is { } kind)
        {
            where.Add("kind = @kind");
            parameters.Add(("@kind", ProvisionCodes.Name(kind)));
        }

        if (filter.From is { } from)
        {
            where.Add("last_at >= @from");
            parameters.Add(("@from", Db.Time(from)));
        }

        if (filter.To is { } to)
        {
            where.Add("last_at < @to");
            parameters.Add(("@to", Db.Time(to)));
        }

        return QueryAsync("SELECT " + RecordColumns + " FROM provision_records" + (where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where))
            + " ORDER BY last_at DESC, id DESC LIMIT @limit", ReadRecord, cancellationToken, [.. parameters]);
    }

    public Task<int> PurgeRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM provision_records WHERE retain_until < @now", cancellationToken, ("@now", Db.Time(now)));

    public Task InsertReceiptConfirmationAsync(ReceiptConfirmation confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        return ExecuteAsync("""
            INSERT INTO receipt_confirmations (id, provider_name, provider_address, provider_representative, provider_acquisition, route, item_types,
                                               ppc_publication, contract_substitutes, confirmed_at, confirmed_by)
            VALUES (@id, @name, @address, @representative, @acquisition, @route, @item_types, @ppc, @contract, @at, @by)
            """, cancellationToken,
            ("@id", confirmation.Id), ("@name", confirmation.ProviderName), ("@address", confirmation.ProviderAddress),
            ("@representative", confirmation.ProviderRepresentative), ("@acquisition", confirmation.ProviderAcquisition), ("@route", ProvisionCodes.Name(confirmation.Route)),
            ("@item_types", JsonList.Write(confirmation.ItemTypes)), ("@ppc", confirmation.PpcPublication), ("@contract", confirmation.ContractSubstitutesRecord),
            ("@at", Db.Time(confirmation.ConfirmedAt)), ("@by", confirmation.ConfirmedBy));
    }

    public Task<IReadOnlyList<ReceiptConfirmation>> GetReceiptConfirmationsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("""
            SELECT id, provider_name, provider_address, provider_representative, provider_acquisition, route, item_types, ppc_publication,
                   contract_substitutes, confirmed_at, confirmed_by
            FROM receipt_confirmations ORDER BY confirmed_at, id
            """, r => new ReceiptConfirmation(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Basis(r.GetString(5)),
                JsonList.Read(r.GetString(6)), Db.ReadTime(r, 9), r.GetString(10))
            {
                PpcPublication = r.GetNullableString(7),
                ContractSubstitutesRecord = r.GetBoolean(8),
            }, cancellationToken);

    public Task InsertPersonalRelatedConfirmationAsync(PersonalRelatedConfirmation confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        return ExecuteAsync("""
            INSERT INTO personal_related_confirmations (id, recipient_id, item_types, method, confirmed_at, valid_until, foreign_information_confirmed, confirmed_by)
            VALUES (@id, @recipient, @item_types, @method, @at, @until, @foreign, @by)
            """, cancellationToken,
            ("@id", confirmation.Id), ("@recipient", confirmation.RecipientId), ("@item_types", JsonList.Write(confirmation.ItemTypes)), ("@method", confirmation.Method),
            ("@at", Db.Time(confirmation.ConfirmedAt)), ("@until", Db.Time(confirmation.ValidUntil)), ("@foreign", confirmation.ForeignInformationConfirmed),
            ("@by", confirmation.ConfirmedBy));
    }

    public Task<IReadOnlyList<PersonalRelatedConfirmation>> GetPersonalRelatedConfirmationsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("""
            SELECT id, recipient_id, item_types, method, confirmed_at, valid_until, foreign_information_confirmed, confirmed_by
            FROM personal_related_confirmations ORDER BY confirmed_at, id
            """, r => new PersonalRelatedConfirmation(r.GetString(0), r.GetString(1), JsonList.Read(r.GetString(2)), r.GetString(3), Db.ReadTime(r, 4),
                Db.ReadTime(r, 5), r.GetString(7))
            {
                ForeignInformationConfirmed = r.GetBoolean(6),
            }, cancellationToken);

    /// <summary>The key a record is upserted on: shared by the bulk records of the same person, counterparty, basis and items.</summary>
    protected static string RecordKey(ProvisionRecord record) =>
        record.Bulk
            ? string.Join('|', "bulk", ProvisionCodes.Name(record.Kind), record.CounterpartyId, record.SubjectId, ProvisionCodes.Name(record.Basis), string.Join(',', record.ItemTypes.Order(StringComparer.Ordinal)))
            : record.Id;

    private static ProvisionBasis Basis(string code) =>
        ProvisionCodes.TryParse(code, out ProvisionBasis basis) ? basis : throw new InvalidDataException($"provision basis '{code}' is not one Mamori writes.");

    private static string? Json<T>(T? value)
        where T : class => value is null ? null : JsonSerializer.Serialize(value, s_json);

    private static T? FromJson<T>(DbDataReader r, int ordinal)
        where T : class => r.IsDBNull(ordinal) ? null : JsonSerializer.Deserialize<T>(r.GetString(ordinal), s_json);

    private static (string List, (string, object?)[] Parameters) InList(IReadOnlyList<string> ids, params (string, object?)[] extra)
    {
        var list = new StringBuilder();
        var parameters = new (string, object?)[ids.Count + extra.Length];
        for (var i = 0; i < ids.Count; i++)
        {
            var name = "@s" + i.ToString(CultureInfo.InvariantCulture);
            list.Append(i == 0 ? name : "," + name);
            parameters[i] = (name, ids[i]);
        }

        extra.CopyTo(parameters, ids.Count);
        return (list.ToString(), parameters);
    }

    private static async Task ReadAsync(DbConnection connection, string sql, (string, object?)[] parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            row(reader);
        }
    }

    /// <summary>The JSON of an item list, written once for the list most records of a provision share.</summary>
    protected static string ItemList(IReadOnlyList<string> itemTypes)
    {
        var last = t_lastItemList;
        if (last is not null && ReferenceEquals(last.Value.List, itemTypes))
        {
            return last.Value.Json;
        }

        var json = JsonList.Write(itemTypes);
        t_lastItemList = (itemTypes, json);
        return json;
    }

    private Recipient ReadRecipient(DbDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), Basis(r.GetString(6)), Db.ReadTime(r, 12), r.GetString(13))
        {
            Exception = r.GetNullableString(7) is { } e && ProvisionCodes.TryParse(e, out Art27Exception exception) ? exception : null,
            Foreign = FromJson<ForeignTransfer>(r, 8),
            OptOut = FromJson<OptOutFiling>(r, 9),
            JointUse = FromJson<JointUseStatement>(r, 10),
            ContractSubstitutesRecord = r.GetBoolean(11),
        };

    private void BindRecord(ProvisionRecord record, object?[] values)
    {
        values[0] = record.Id;
        values[1] = RecordKey(record);
        values[2] = ProvisionCodes.Name(record.Kind);
        values[3] = record.SubjectId;
        values[4] = record.CounterpartyId;
        values[5] = record.CounterpartyName;
        values[6] = record.CounterpartyAddress;
        values[7] = record.CounterpartyRepresentative;
        values[8] = ProvisionCodes.Name(record.Basis);
        values[9] = ItemList(record.ItemTypes);
        values[10] = Db.Time(record.FirstAt);
        values[11] = Db.Time(record.LastAt);
        values[12] = Db.Time(record.RetainUntil);
        values[13] = record.OperationId;
        values[14] = record.PurposeCode;
        values[15] = record.ConsentId;
        values[16] = record.ConsentConfirmed;
        values[17] = record.ProviderAcquisition;
        values[18] = record.PpcPublication;
        values[19] = record.Country;
        values[20] = record.Bulk;
        values[21] = record.Count;
    }

    private ProvisionRecord ReadRecord(DbDataReader r) =>
        new(r.GetString(0), ProvisionCodes.TryParse(r.GetString(2), out RecordKind kind) ? kind : throw new InvalidDataException($"record kind '{r.GetString(2)}' is not one Mamori writes."),
            r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), Basis(r.GetString(8)), JsonList.Read(r.GetString(9)),
            Db.ReadTime(r, 10), Db.ReadTime(r, 11), Db.ReadTime(r, 12))
        {
            OperationId = r.GetNullableString(13),
            PurposeCode = r.GetNullableString(14),
            ConsentId = r.GetNullableString(15),
            ConsentConfirmed = r.GetBoolean(16),
            ProviderAcquisition = r.GetNullableString(17),
            PpcPublication = r.GetNullableString(18),
            Country = r.GetString(19),
            Bulk = r.GetBoolean(20),
            Count = r.GetInt32(21),
        };
}
