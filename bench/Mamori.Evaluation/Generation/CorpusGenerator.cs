using System.Globalization;
using Mamori.Evaluation.Corpus;
using Mamori.Evaluation.Generation.Templates;

namespace Mamori.Evaluation.Generation;

/// <summary>
/// Generates a labelled corpus from code. Deterministic: the same seed, profile and size give the
/// same documents byte for byte (one seeded random source, no clock, no culture-dependent formatting).
/// </summary>
public static class CorpusGenerator
{
    private static readonly Dictionary<string, Action<GenerationContext, DocumentBuilder>> s_writers = new(StringComparer.Ordinal)
    {
        [DocumentKinds.ServiceNote] = ServiceNoteTemplate.Write,
        [DocumentKinds.OrderEmail] = OrderEmailTemplate.Write,
        [DocumentKinds.ApplicationForm] = ApplicationFormTemplate.Write,
        [DocumentKinds.CsvLines] = CsvLinesTemplate.Write,
        [DocumentKinds.ChatLog] = ChatLogTemplate.Write,
        [DocumentKinds.Prose] = ProseTemplate.Write,
        [DocumentKinds.HrRecord] = HrRecordTemplate.Write,
        [DocumentKinds.MedicalIntake] = MedicalIntakeTemplate.Write,
        [DocumentKinds.AccessLog] = AccessLogTemplate.Write,
        [DocumentKinds.NoPiiProse] = NoPiiProseTemplate.Write,
    };

    /// <summary>Generates <paramref name="size"/> documents.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="profile">The template mix.</param>
    /// <param name="size">Number of documents.</param>
    public static IEnumerable<LabelledDocument> Generate(int seed, CorpusProfile profile, int size)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var context = new GenerationContext(seed, profile);
        var kinds = DocumentKinds.All.Where(k => profile.KindWeights.GetValueOrDefault(k) > 0).ToArray();
        var total = kinds.Sum(k => profile.KindWeights[k]);
        for (var i = 0; i < size; i++)
        {
            var kind = PickKind(context, kinds, profile, total);
            var builder = new DocumentBuilder();
            s_writers[kind](context, builder);
            yield return builder.Build(string.Create(CultureInfo.InvariantCulture, $"{profile.Name}-{i + 1:0000}"), kind);
        }
    }

    /// <summary>Generates a corpus and writes it with its manifest into <paramref name="directory"/>.</summary>
    /// <param name="directory">The corpus folder.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="profile">The template mix.</param>
    /// <param name="size">Number of documents.</param>
    /// <returns>The manifest written.</returns>
    public static CorpusManifest WriteCorpus(string directory, int seed, CorpusProfile profile, int size)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var documents = Generate(seed, profile, size).ToList();
        var manifest = Describe(documents, profile, seed);
        CorpusFiles.Write(directory, documents, manifest);
        return manifest;
    }

    /// <summary>Counts what a corpus holds.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="profile">The profile they were made with.</param>
    /// <param name="seed">The seed they were made with.</param>
    public static CorpusManifest Describe(IReadOnlyList<LabelledDocument> documents, CorpusProfile profile, int seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(profile);
        static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
            new(keys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);

        return new CorpusManifest(
            profile.Name,
            seed,
            documents.Count,
            Count(documents.Select(d => d.Kind)),
            Count(documents.SelectMany(d => d.Entities).Select(e => e.Type)),
            Count(documents.SelectMany(d => d.Distractors).Select(d => d.Kind)),
            string.Create(CultureInfo.InvariantCulture, $"dotnet run --project bench/Mamori.Evaluation -- generate --out DIR --seed {seed} --size {documents.Count} --profile {profile.Name}"));
    }

    private static string PickKind(GenerationContext context, string[] kinds, CorpusProfile profile, int total)
    {
        var roll = context.Random.Number(0, total - 1);
        foreach (var kind in kinds)
        {
            roll -= profile.KindWeights[kind];
            if (roll < 0)
            {
                return kind;
            }
        }

        return kinds[^1];
    }
}
