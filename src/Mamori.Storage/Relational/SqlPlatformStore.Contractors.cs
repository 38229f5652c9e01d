using System.Data.Common;
using Mamori.Core.Access;

namespace Mamori.Storage.Relational;

/// <summary>The contractor register beyond the entrustment rows (<see cref="Core.Ports.IContractorStore"/>): status and assessments.</summary>
internal abstract partial class SqlPlatformStore
{
    private const string AssessmentColumns = "id, entrustment_id, assessed_at, result, assessor, notes, next_due";

    public async Task<bool> SetEntrustmentStatusAsync(string entrustmentId, EntrustmentStatus status, DateTimeOffset? endedAt, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE entrustments SET status = @status, ended_at = @ended_at WHERE id = @id", cancellationToken,
            ("@status", AssessmentNames.Of(status)), ("@ended_at", Db.NullableTime(endedAt)), ("@id", entrustmentId)).ConfigureAwait(false) > 0;

    public Task InsertAssessmentAsync(ContractorAssessment assessment, EntrustmentStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return WriteAsync(async scope =>
        {
            await scope.ExecuteAsync(
                "INSERT INTO contractor_assessments (" + AssessmentColumns + ") VALUES (@id, @entrustment_id, @assessed_at, @result, @assessor, @notes, @next_due)",
                cancellationToken,
                ("@id", assessment.Id), ("@entrustment_id", assessment.EntrustmentId), ("@assessed_at", Db.Time(assessment.AssessedAt)),
                ("@result", AssessmentNames.Of(assessment.Result)), ("@assessor", assessment.Assessor), ("@notes", assessment.Notes),
                ("@next_due", Db.Time(assessment.NextDue))).ConfigureAwait(false);
            var changed = await scope.ExecuteAsync("""
                UPDATE entrustments SET last_assessed_at = @at, last_assessment_result = @result, next_assessment_due = @next_due, status = @status
                WHERE id = @id AND status <> 'ended'
                """, cancellationToken,
                ("@at", Db.Time(assessment.AssessedAt)), ("@result", AssessmentNames.Of(assessment.Result)), ("@next_due", Db.Time(assessment.NextDue)),
                ("@status", AssessmentNames.Of(status)), ("@id", assessment.EntrustmentId)).ConfigureAwait(false);
            if (changed == 0)
            {
                throw new StorageConflictException("The entrustment does not exist or has ended; the assessment was not recorded.");
            }
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ContractorAssessment>> GetAssessmentsAsync(string entrustmentId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + AssessmentColumns + " FROM contractor_assessments WHERE entrustment_id = @id ORDER BY seq", ReadAssessment, cancellationToken, ("@id", entrustmentId));

    private ContractorAssessment ReadAssessment(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Db.ReadTime(r, 2),
            AssessmentNames.TryParseResult(r.GetString(3), out var result) ? result : throw new StorageException("contractor_assessments.result holds an unknown value; this database was written by a newer Mamori."),
            r.GetString(4), r.GetString(5), Db.ReadTime(r, 6));
}
