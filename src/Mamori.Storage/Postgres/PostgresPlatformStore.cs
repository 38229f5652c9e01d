using Mamori.Core.Ports;
using Mamori.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Mamori.Storage.Postgres;

/// <summary>The platform store in a PostgreSQL schema: the shared SQL, with binary COPY for bulk inserts.</summary>
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
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(e.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(e.SubjectId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(e.Kind, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(Time(e.OccurredAt), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(e.Ciphertext, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
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
                    await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(RecordKey(r), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(Mamori.Core.Provision.ProvisionCodes.Name(r.Kind), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.SubjectId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.CounterpartyId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.CounterpartyName, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.CounterpartyAddress, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.CounterpartyRepresentative, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(Mamori.Core.Provision.ProvisionCodes.Name(r.Basis), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(ItemList(r.ItemTypes), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(Time(r.FirstAt), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(Time(r.LastAt), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(Time(r.RetainUntil), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await WriteNullableAsync(copy, r.OperationId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await WriteNullableAsync(copy, r.PurposeCode, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await WriteNullableAsync(copy, r.ConsentId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.ConsentConfirmed, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                    await WriteNullableAsync(copy, r.ProviderAcquisition, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await WriteNullableAsync(copy, r.PpcPublication, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.Country, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.Bulk, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(r.Count, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
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

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);
}
