namespace Mamori.Core.Subjects;

/// <summary>Where a personal data item came from (Art. 20).</summary>
/// <param name="Source">The system, form or party it came from (e.g. <c>shopify-export-2024-05</c>).</param>
/// <param name="Method">How it was acquired.</param>
/// <param name="AcquiredAt">When.</param>
/// <param name="NoticeId">The privacy notice version the person was shown, when known.</param>
public sealed record Provenance(string Source, AcquisitionMethod Method, DateTimeOffset AcquiredAt, string? NoticeId = null);
