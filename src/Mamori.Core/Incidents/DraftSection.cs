namespace Mamori.Core.Incidents;

/// <summary>One numbered item of a draft: its heading as the rules name it, and its text.</summary>
/// <param name="Number">1-based, in the order the rules list the items.</param>
/// <param name="Heading">The item's name (e.g. 概要).</param>
/// <param name="Body">The text filled from the incident, or a marked gap (【要記入】) to fill.</param>
public sealed record DraftSection(int Number, string Heading, string Body);
