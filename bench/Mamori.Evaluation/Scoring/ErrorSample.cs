namespace Mamori.Evaluation.Scoring;

/// <summary>One scoring error, for engineers tuning on the dev corpus (never printed by tests).</summary>
/// <param name="Doc">The document id.</param>
/// <param name="Error"><c>FP</c> (a finding matched nothing) or <c>FN</c> (a gold entity was missed).</param>
/// <param name="Type">The entity id.</param>
/// <param name="Start">Start of the span.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Context">The span in brackets with a few characters on each side.</param>
public sealed record ErrorSample(string Doc, string Error, string Type, int Start, int Length, string Context);
