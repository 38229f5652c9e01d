namespace Mamori.Scanning.Records;

/// <summary>What a column classification rests on.</summary>
public enum ColumnEvidence
{
    /// <summary>The header name alone (values did not contradict it).</summary>
    Header,

    /// <summary>The sampled values alone.</summary>
    Values,

    /// <summary>The header name and the sampled values agree.</summary>
    HeaderAndValues,
}
