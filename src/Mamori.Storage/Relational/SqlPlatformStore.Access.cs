using System.Data.Common;
using Mamori.Core.Access;

namespace Mamori.Storage.Relational;

internal abstract partial class SqlPlatformStore
{
    private const string UserColumns = "id, name, role, created_at, entrustment_id, disabled";
    private const string TokenColumns = "id, user_id, hash, created_at, revoked_at, last_used_at";
    private const string EntrustmentColumns =
        "id, contractor, item_types, purpose_codes, valid_until, country, processing_content, contract_date, status, ended_at, " +
        "last_assessed_at, last_assessment_result, next_assessment_due, sub_contractors";

    public Task InsertUserAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ExecuteAsync("INSERT INTO users (" + UserColumns + ") VALUES (@id, @name, @role, @created_at, @entrustment_id, @disabled)", cancellationToken,
            ("@id", user.Id), ("@name", user.Name), ("@role", Codes.Of(user.Role)), ("@created_at", Db.Time(user.CreatedAt)),
            ("@entrustment_id", user.EntrustmentId), ("@disabled", user.Disabled));
    }

    public Task<PlatformUser?> GetUserAsync(string userId, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT " + UserColumns + " FROM users WHERE id = @id", ReadUser, cancellationToken, ("@id", userId));

    public Task<PlatformUser?> GetUserByNameAsync(string name, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT " + UserColumns + " FROM users WHERE name = @name", ReadUser, cancellationToken, ("@name", name));

    public Task<IReadOnlyList<PlatformUser>> GetUsersAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + UserColumns + " FROM users ORDER BY name", ReadUser, cancellationToken);

    public Task InsertTokenAsync(ApiToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        return ExecuteAsync("INSERT INTO tokens (" + TokenColumns + ") VALUES (@id, @user_id, @hash, @created_at, @revoked_at, @last_used_at)", cancellationToken,
            ("@id", token.Id), ("@user_id", token.UserId), ("@hash", token.Hash), ("@created_at", Db.Time(token.CreatedAt)),
            ("@revoked_at", Db.NullableTime(token.RevokedAt)), ("@last_used_at", Db.NullableTime(token.LastUsedAt)));
    }

    public Task<ApiToken?> GetTokenByHashAsync(string hash, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT " + TokenColumns + " FROM tokens WHERE hash = @hash", ReadToken, cancellationToken, ("@hash", hash));

    public Task<IReadOnlyList<ApiToken>> GetTokensAsync(string? userId, CancellationToken cancellationToken = default) =>
        userId is null
            ? QueryAsync("SELECT " + TokenColumns + " FROM tokens ORDER BY created_at, id", ReadToken, cancellationToken)
            : QueryAsync("SELECT " + TokenColumns + " FROM tokens WHERE user_id = @user_id ORDER BY created_at, id", ReadToken, cancellationToken, ("@user_id", userId));

    /// <summary>Revokes a token; a token revoked before keeps its first revocation time.</summary>
    public async Task<bool> RevokeTokenAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE tokens SET revoked_at = COALESCE(revoked_at, @at) WHERE id = @id", cancellationToken,
            ("@at", Db.Time(at)), ("@id", tokenId)).ConfigureAwait(false) > 0;

    /// <summary>Records a sign-in; a later time never goes back (concurrent sign-ins may arrive out of order).</summary>
    public Task TouchTokenAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE tokens SET last_used_at = @at WHERE id = @id AND (last_used_at IS NULL OR last_used_at < @at)", cancellationToken,
            ("@at", Db.Time(at)), ("@id", tokenId));

    public Task InsertEntrustmentAsync(Entrustment entrustment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entrustment);
        return ExecuteAsync(
            "INSERT INTO entrustments (" + EntrustmentColumns + ") VALUES (@id, @contractor, @item_types, @purpose_codes, @valid_until, @country, " +
            "@processing_content, @contract_date, @status, @ended_at, @last_assessed_at, @last_assessment_result, @next_assessment_due, @sub_contractors)",
            cancellationToken,
            ("@id", entrustment.Id), ("@contractor", entrustment.Contractor), ("@item_types", JsonList.Write(entrustment.ItemTypes)),
            ("@purpose_codes", JsonList.Write(entrustment.PurposeCodes)), ("@valid_until", Db.Time(entrustment.ValidUntil)), ("@country", entrustment.Country),
            ("@processing_content", entrustment.ProcessingContent), ("@contract_date", Db.NullableTime(entrustment.ContractDate)),
            ("@status", AssessmentNames.Of(entrustment.Status)), ("@ended_at", Db.NullableTime(entrustment.EndedAt)),
            ("@last_assessed_at", Db.NullableTime(entrustment.LastAssessedAt)),
            ("@last_assessment_result", entrustment.LastAssessmentResult is { } result ? AssessmentNames.Of(result) : null),
            ("@next_assessment_due", Db.NullableTime(entrustment.NextAssessmentDue)), ("@sub_contractors", SubContractorJson.Write(entrustment.SubContractors)));
    }

    public Task<Entrustment?> GetEntrustmentAsync(string entrustmentId, CancellationToken cancellationToken = default) =>
        QuerySingleAsync("SELECT " + EntrustmentColumns + " FROM entrustments WHERE id = @id", ReadEntrustment, cancellationToken, ("@id", entrustmentId));

    public Task<IReadOnlyList<Entrustment>> GetEntrustmentsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + EntrustmentColumns + " FROM entrustments ORDER BY id", ReadEntrustment, cancellationToken);

    private PlatformUser ReadUser(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Codes.ToRole(r.GetString(2)), Db.ReadTime(r, 3))
        {
            EntrustmentId = r.GetNullableString(4),
            Disabled = r.GetBoolean(5),
        };

    private ApiToken ReadToken(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Db.ReadTime(r, 3)) { RevokedAt = Db.ReadNullableTime(r, 4), LastUsedAt = Db.ReadNullableTime(r, 5) };

    private Entrustment ReadEntrustment(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), JsonList.Read(r.GetString(2)), JsonList.Read(r.GetString(3)), Db.ReadTime(r, 4))
        {
            Country = r.GetString(5),
            ProcessingContent = r.GetString(6),
            ContractDate = Db.ReadNullableTime(r, 7),
            Status = AssessmentNames.TryParseStatus(r.GetString(8), out var status) ? status : throw new StorageException("entrustments.status holds an unknown value; this database was written by a newer Mamori."),
            EndedAt = Db.ReadNullableTime(r, 9),
            LastAssessedAt = Db.ReadNullableTime(r, 10),
            LastAssessmentResult = r.IsDBNull(11) ? null : AssessmentNames.TryParseResult(r.GetString(11), out var result) ? result : throw new StorageException("entrustments.last_assessment_result holds an unknown value; this database was written by a newer Mamori."),
            NextAssessmentDue = Db.ReadNullableTime(r, 12),
            SubContractors = SubContractorJson.Read(r.GetString(13)),
        };
}
