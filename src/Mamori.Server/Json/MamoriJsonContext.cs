using System.Text.Json;
using System.Text.Json.Serialization;
using Mamori.Server.Contracts;

namespace Mamori.Server.Json;

/// <summary>Source-generated JSON for the API's requests and responses (snake_case).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RegisterSubjectRequest))]
[JsonSerializable(typeof(AddItemsRequest))]
[JsonSerializable(typeof(SearchRequest))]
[JsonSerializable(typeof(AddEventsRequest))]
[JsonSerializable(typeof(EraseRequest))]
[JsonSerializable(typeof(ConsentInput))]
[JsonSerializable(typeof(SubjectCreatedResponse))]
[JsonSerializable(typeof(SubjectListResponse))]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(SubjectResponse))]
[JsonSerializable(typeof(IReadOnlyList<EventResponse>))]
[JsonSerializable(typeof(DefinePurposeRequest))]
[JsonSerializable(typeof(PurposeResponse))]
[JsonSerializable(typeof(IReadOnlyList<PurposeResponse>))]
[JsonSerializable(typeof(PublishNoticeRequest))]
[JsonSerializable(typeof(NoticeResponse))]
[JsonSerializable(typeof(IReadOnlyList<NoticeResponse>))]
[JsonSerializable(typeof(ConsentResponse))]
[JsonSerializable(typeof(IReadOnlyList<ConsentResponse>))]
[JsonSerializable(typeof(CreateEntrustmentRequest))]
[JsonSerializable(typeof(EntrustmentResponse))]
[JsonSerializable(typeof(IReadOnlyList<EntrustmentResponse>))]
[JsonSerializable(typeof(AddUserRequest))]
[JsonSerializable(typeof(UserResponse))]
[JsonSerializable(typeof(IReadOnlyList<UserResponse>))]
[JsonSerializable(typeof(TokenIssuedResponse))]
[JsonSerializable(typeof(IReadOnlyList<TokenResponse>))]
[JsonSerializable(typeof(ExportResponse))]
[JsonSerializable(typeof(ExportListResponse))]
[JsonSerializable(typeof(AccessLogPage))]
[JsonSerializable(typeof(VerificationResponse))]
[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class MamoriJsonContext : JsonSerializerContext;
