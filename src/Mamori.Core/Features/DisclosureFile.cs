using Mamori.Core.Requests;

namespace Mamori.Core.Features;

/// <summary>A disclosure package as a file for the person.</summary>
/// <param name="Format">JSON, CSV or PDF.</param>
/// <param name="FileName">A file name (<c>disclosure-Q….json</c>).</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Content">The bytes.</param>
public sealed record DisclosureFile(DisclosureFormat Format, string FileName, string ContentType, byte[] Content);
