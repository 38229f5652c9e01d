using Mamori.Core.Ports;
using Mamori.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Mamori.Storage.Postgres;

/// <summary>
/// The platform store in a PostgreSQL schema: the shared SQL, with binary COPY for bulk inserts. COPY values are written
/// with the synchronous calls: they fill the importer's buffer and only a full buffer goes to the socket, where an async
/// state machine per value (ten values per item, nine million items in a large import) cost more than the copy itself.
/// </summary>
internal sealed class PostgresPlatformStore(PostgresDatabase database) : SqlPlatformStore(database)
{
    /// <summary>Subjects, items and consents by binary COPY, one transaction.</summary>
    public override Task InsertSubjectsAsync(IReadOnlyList<NewSubjectRecord> subjects, CancellationToken cancellationToken = default)
    {
        CheckNewSubjects(subjects);
        if (subjects.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(async scope =>
        {
            var connection = (NpgsqlConnection)scope.Connection;
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY subjects (id, created_at, status, erased_at, import_id) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var record in subjects)
                {
                    var subject = record.Subject;
                    copy.StartRow();
                    copy.Write(subject.Id, NpgsqlDbType.Text);
                    copy.Write(Time(subject.CreatedAt), NpgsqlDbType.TimestampTz);
                    copy.Write(Codes.Of(subject.Status), NpgsqlDbType.Text);
                    if (subject.ErasedAt is { } erased)
                    {
                        copy.Write(Time(erased), NpgsqlDbType.TimestampTz);
                    }
                    else
                    {
                        copy.WriteNull();
                    }

                    WriteNullable(copy, record.ImportId, NpgsqlDbType.Text);
                }

                await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY items (" + ItemColumns + ") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var record in subjects)
                {
                    foreach (var item in record.Items)
                    {
                        copy.StartRow();
                        copy.Write(item.Id, NpgsqlDbType.Text);
                        copy.Write(item.SubjectId, NpgsqlDbType.Text);
                        copy.Write(item.Type, NpgsqlDbType.Text);
                        copy.Write(Codes.Of(item.Category), NpgsqlDbType.Text);
                        copy.Write(item.Ciphertext, NpgsqlDbType.Bytea);
                        WriteNullable(copy, item.BlindIndex, NpgsqlDbType.Text);
                        copy.Write(item.Provenance.Source, NpgsqlDbType.Text);
                        copy.Write(Codes.Of(item.Provenance.Method), NpgsqlDbType.Text);
                        copy.Write(Time(item.Provenance.AcquiredAt), NpgsqlDbType.TimestampTz);
                        WriteNullable(copy, item.Provenance.NoticeId, NpgsqlDbType.Text);
                    }
                }

                await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            if (subjects.Any(s => s.Consents.Count > 0))
            {
                await using var copy = await connection.BeginBinaryImportAsync(
                    "COPY consents (" + ConsentColumns + ") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
                foreach (var record in subjects)
                {
                    foreach (var consent in record.Consents)
                    {
                        copy.StartRow();
                        copy.Write(consent.Id, NpgsqlDbType.Text);
                        copy.Write(consent.SubjectId, NpgsqlDbType.Text);
                        copy.Write(consent.PurposeCode, NpgsqlDbType.Text);
                        copy.Write(consent.Given, NpgsqlDbType.Boolean);
                        copy.Write(Time(consent.At), NpgsqlDbType.TimestampTz);
                        copy.Write(consent.Channel, NpgsqlDbType.Text);
                        WriteNullable(copy, consent.NoticeId, NpgsqlDbType.Text);
                        WriteNullable(copy, consent.Evidence, NpgsqlDbType.Text);
                        WriteNullable(copy, consent.RecipientId, NpgsqlDbType.Text);
                    }
                }

                await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    /// <summary>Events by binary COPY (purchase and ride histories arrive by the million).</summary>
    public override Task InsertEventsAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(async scope =>
        {
            await using var copy = await ((NpgsqlConnection)scope.Connection).BeginBinaryImportAsync(
                "COPY events (" + EventColumns + ") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var e in events)
            {
                copy.StartRow();
                copy.Write(e.Id, NpgsqlDbType.Text);
                copy.Write(e.SubjectId, NpgsqlDbType.Text);
                copy.Write(e.Kind, NpgsqlDbType.Text);
                copy.Write(Time(e.OccurredAt), NpgsqlDbType.TimestampTz);
                copy.Write(e.Ciphertext, NpgsqlDbType.Bytea);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// Records by binary COPY into a temporary table, then one INSERT … SELECT with the bulk-record upsert: a provision of
    /// 100,000 people is two statements, not 100,000.
    /// </summary>
    public override Task WriteRecordsAsync(IReadOnlyList<Mamori.Core.Provision.ProvisionRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(async scope =>
        {
            var connection = (NpgsqlConnection)scope.Connection;
            await scope.ExecuteAsync("CREATE TEMP TABLE IF NOT EXISTS provision_records_in (LIKE provision_records) ON COMMIT DELETE ROWS", cancellationToken).ConfigureAwait(false);
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY provision_records_in (" + RecordColumns + ") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var r in records)
                {
                    copy.StartRow();
                    copy.Write(r.Id, NpgsqlDbType.Text);
                    copy.Write(RecordKey(r), NpgsqlDbType.Text);
                    copy.Write(Mamori.Core.Provision.ProvisionCodes.Name(r.Kind), NpgsqlDbType.Text);
                    copy.Write(r.SubjectId, NpgsqlDbType.Text);
                    copy.Write(r.CounterpartyId, NpgsqlDbType.Text);
                    copy.Write(r.CounterpartyName, NpgsqlDbType.Text);
                    copy.Write(r.CounterpartyAddress, NpgsqlDbType.Text);
                    copy.Write(r.CounterpartyRepresentative, NpgsqlDbType.Text);
                    copy.Write(Mamori.Core.Provision.ProvisionCodes.Name(r.Basis), NpgsqlDbType.Text);
                    copy.Write(ItemList(r.ItemTypes), NpgsqlDbType.Text);
                    copy.Write(Time(r.FirstAt), NpgsqlDbType.TimestampTz);
                    copy.Write(Time(r.LastAt), NpgsqlDbType.TimestampTz);
                    copy.Write(Time(r.RetainUntil), NpgsqlDbType.TimestampTz);
                    WriteNullable(copy, r.OperationId, NpgsqlDbType.Text);
                    WriteNullable(copy, r.PurposeCode, NpgsqlDbType.Text);
                    WriteNullable(copy, r.ConsentId, NpgsqlDbType.Text);
                    copy.Write(r.ConsentConfirmed, NpgsqlDbType.Boolean);
                    WriteNullable(copy, r.ProviderAcquisition, NpgsqlDbType.Text);
                    WriteNullable(copy, r.PpcPublication, NpgsqlDbType.Text);
                    copy.Write(r.Country, NpgsqlDbType.Text);
                    copy.Write(r.Bulk, NpgsqlDbType.Boolean);
                    copy.Write(r.Count, NpgsqlDbType.Integer);
                }

                await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await scope.ExecuteAsync(
                "INSERT INTO provision_records (" + RecordColumns + ") SELECT " + RecordColumns + " FROM provision_records_in" + RecordUpsertTail,
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    private static DateTime Time(DateTimeOffset value) => new(SqlDatabase.MicrosecondTicks(value), DateTimeKind.Utc);

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }
}
