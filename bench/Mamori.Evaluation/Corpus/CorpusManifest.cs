namespace Mamori.Evaluation.Corpus;

/// <summary>What a generated corpus is: how it was made and what it holds (<c>manifest.json</c>).</summary>
/// <param name="Profile">The template mix, e.g. <c>dev</c> or <c>holdout</c>.</param>
/// <param name="Seed">The generator seed.</param>
/// <param name="Documents">Number of documents.</param>
/// <param name="DocumentsByKind">Documents per template family.</param>
/// <param name="EntitiesByType">Gold entities per entity id.</param>
/// <param name="DistractorsByKind">Distractors per kind.</param>
/// <param name="Regenerate">The command that reproduces the corpus byte for byte.</param>
public sealed record CorpusManifest(
    string Profile,
    int Seed,
    int Documents,
    IReadOnlyDictionary<string, int> DocumentsByKind,
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> DistractorsByKind,
    string Regenerate);
