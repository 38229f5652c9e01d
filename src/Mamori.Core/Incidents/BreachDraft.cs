using System.Text;

namespace Mamori.Core.Incidents;

/// <summary>A drafted document: its kind, title, addressee and numbered items, in the order the rules list them.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Kind">Which document.</param>
/// <param name="Title">Its title.</param>
/// <param name="Addressee">Who it goes to.</param>
/// <param name="Preamble">Text before the items (may be empty).</param>
/// <param name="Sections">The items, in order.</param>
public sealed record BreachDraft(string IncidentId, DraftKind Kind, string Title, string Addressee, string Preamble, IReadOnlyList<DraftSection> Sections)
{
    /// <summary>True while any item still has a gap marked 【要記入】.</summary>
    public bool HasGaps => Sections.Any(s => s.Body.Contains(BreachDrafts.Gap, StringComparison.Ordinal));

    /// <summary>The draft as Japanese Markdown.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Title).Append("\n\n");
        text.Append(Addressee).Append("\n\n");
        if (Preamble.Length > 0)
        {
            text.Append(Preamble).Append("\n\n");
        }

        foreach (var section in Sections)
        {
            text.Append("## ").Append(section.Number).Append(". ").Append(section.Heading).Append("\n\n");
            text.Append(section.Body.TrimEnd()).Append("\n\n");
        }

        text.Append("---\n\n").Append("（Mamori が事案記録 ").Append(IncidentId).Append(" から作成した下書きです。送付前に内容を確認してください。）\n");
        return text.ToString();
    }
}
