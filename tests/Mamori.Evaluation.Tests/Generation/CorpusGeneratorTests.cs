using Mamori.Detection;
using Mamori.Detection.Text;
using Mamori.Detection.Validation;
using Mamori.Evaluation.Corpus;
using Mamori.Evaluation.Generation;
using Xunit;

namespace Mamori.Evaluation.Tests.Generation;

// Failure messages name documents and types only: generated values are never printed.
public sealed class CorpusGeneratorTests
{
    private static readonly List<LabelledDocument> s_dev = [.. CorpusGenerator.Generate(1, CorpusProfile.Dev, 300)];
    private static readonly List<LabelledDocument> s_holdout = [.. CorpusGenerator.Generate(2, CorpusProfile.Holdout, 300)];

    public static TheoryData<string> Profiles => ["dev", "holdout"];

    [Fact]
    public void Generate_SameSeedAndProfile_SameDocumentsByteForByte()
    {
        var again = CorpusGenerator.Generate(1, CorpusProfile.Dev, 300).Select(CorpusFiles.ToJsonLine).ToList();
        var first = s_dev.Select(CorpusFiles.ToJsonLine).ToList();

        Assert.Equal(first.Count, again.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(string.Equals(first[i], again[i], StringComparison.Ordinal), $"document {i + 1} differs between two runs with seed 1");
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_DifferentDocuments()
    {
        var other = CorpusGenerator.Generate(3, CorpusProfile.Dev, 50).Select(d => d.Text).ToList();

        var same = s_dev.Take(50).Select(d => d.Text).Zip(other).Count(p => p.First == p.Second);

        Assert.True(same < 5, $"{same} of 50 documents are identical across seeds 1 and 3");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("holdout")]
    public void CommittedCorpus_RegeneratesByteForByte(string name)
    {
        var folder = Repository.Corpus(name);
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, CorpusFiles.ManifestFileName))).RootElement;
        var seed = manifest.GetProperty("seed").GetInt32();
        var size = manifest.GetProperty("documents").GetInt32();

        var expected = File.ReadAllLines(Path.Combine(folder, CorpusFiles.LabelsFileName));
        var regenerated = CorpusGenerator.Generate(seed, CorpusProfile.Named(name), size).Select(CorpusFiles.ToJsonLine).ToList();

        Assert.Equal(expected.Length, regenerated.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(string.Equals(expected[i], regenerated[i], StringComparison.Ordinal), $"{name} document {i + 1} no longer matches the committed corpus; regenerate it (see bench/README.md)");
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("holdout")]
    public void CommittedCorpus_IsSmallAndHoldsEveryKindAndType(string name)
    {
        var folder = Repository.Corpus(name);
        var bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        var documents = CorpusFiles.Read(folder);

        Assert.True(bytes <= 1_000_000, $"{name} is {bytes} bytes; keep each corpus under 1 MB");
        Assert.Equal(DocumentKinds.All.Order(), documents.Select(d => d.Kind).Distinct().Order());
        string[] generated =
        [
            EntityTypes.MyNumber, EntityTypes.CorporateNumber, EntityTypes.DriversLicense, EntityTypes.Passport, EntityTypes.ResidenceCard,
            EntityTypes.ResidentRecordCode, EntityTypes.BasicPensionNumber, EntityTypes.HealthInsurance, EntityTypes.CreditCard,
            EntityTypes.BankAccount, EntityTypes.PhoneNumber, EntityTypes.EmailAddress, EntityTypes.PostalCode, EntityTypes.Address,
            EntityTypes.PersonName, EntityTypes.DateOfBirth, EntityTypes.IpAddress, EntityTypes.OnlineIdentifier, EntityTypes.SpecialCare,
        ];
        foreach (var type in generated)
        {
            var count = documents.SelectMany(d => d.Entities).Count(e => e.Type == type);
            Assert.True(count >= 20, $"{name} has only {count} {type} entities");
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Generate_Labels_LieInsideTheTextAndNeverOverlap(string profile)
    {
        foreach (var document in profile == "dev" ? s_dev : s_holdout)
        {
            var spans = document.Entities.Select(e => (e.Start, e.End, What: e.Type))
                .Concat(document.Distractors.Select(d => (d.Start, d.End, What: d.Kind)))
                .OrderBy(s => s.Start)
                .ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                Assert.True(spans[i].Start >= 0 && spans[i].End <= document.Text.Length, $"{document.Doc}: {spans[i].What} lies outside the text");
                Assert.False(char.IsWhiteSpace(document.Text[spans[i].Start]) || char.IsWhiteSpace(document.Text[spans[i].End - 1]), $"{document.Doc}: {spans[i].What} starts or ends with a space");
                if (i > 0)
                {
                    Assert.True(spans[i - 1].End <= spans[i].Start, $"{document.Doc}: {spans[i - 1].What} overlaps {spans[i].What}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Generate_LabelledNumbers_PassTheirChecksums(string profile)
    {
        var checkedCount = 0;
        foreach (var document in profile == "dev" ? s_dev : s_holdout)
        {
            foreach (var entity in document.Entities)
            {
                var digits = Digits(document.Text.Substring(entity.Start, entity.Length));
                var valid = entity.Type switch
                {
                    EntityTypes.MyNumber => Checksums.IsValidMyNumber(digits),
                    EntityTypes.CorporateNumber => Checksums.IsValidCorporateNumber(digits),
                    EntityTypes.CreditCard or EntityTypes.HealthInsurance => Checksums.IsValidLuhn(digits),
                    EntityTypes.DriversLicense => Checksums.PassesDriversLicenseCheck(digits),
                    _ => (bool?)null,
                };
                if (valid is { } ok)
                {
                    Assert.True(ok, $"{document.Doc}: a {entity.Type} fails its checksum");
                    checkedCount++;
                }
            }

            foreach (var distractor in document.Distractors)
            {
                var value = JapaneseTextNormalizer.Normalize(document.Text.Substring(distractor.Start, distractor.Length)).Text;
                if (distractor.Kind == DistractorKinds.JanCode)
                {
                    Assert.True(CheckDigits.IsValidEan13(value), $"{document.Doc}: a JAN code fails EAN-13");
                }
                else if (distractor.Kind == DistractorKinds.InvoiceNumber)
                {
                    Assert.True(value[0] == 'T' && Checksums.IsValidCorporateNumber(value.AsSpan(1)), $"{document.Doc}: an invoice number is not T + a corporate number");
                }
            }
        }

        Assert.True(checkedCount > 100, $"only {checkedCount} checksummed entities were generated");
    }

    [Fact]
    public void Generate_NoPiiDocuments_HaveNoEntitiesButDistractors()
    {
        var noPii = s_dev.Concat(s_holdout).Where(d => d.IsNoPii).ToList();

        Assert.NotEmpty(noPii);
        Assert.All(noPii, d => Assert.Empty(d.Entities));
        Assert.Contains(noPii, d => d.Text.Contains("マイナンバー", StringComparison.Ordinal) && d.Text.Contains("個人情報保護委員会", StringComparison.Ordinal));
        Assert.True(noPii.Sum(d => d.Distractors.Count) > noPii.Count, "no-PII documents should be full of look-alikes");
    }

    [Fact]
    public void Generate_Holdout_HasBareNamesAndUnseenFormsThatDevLacks()
    {
        static bool BareName(LabelledDocument d, GoldEntity e)
        {
            if (d.Kind != DocumentKinds.Prose || e.Type != EntityTypes.PersonName)
            {
                return false;
            }

            // A cue after (様, さん, 氏, a bracket) or a label before (担当者の, 概要：) makes a name cued.
            var after = e.End < d.Text.Length ? d.Text[e.End] : '\0';
            var before = d.Text.AsSpan(0, e.Start);
            return after is not ('様' or 'さ' or '氏' or '（')
                && !before.EndsWith("担当者の", StringComparison.Ordinal) && !before.EndsWith("：", StringComparison.Ordinal);
        }

        static double BareShare(List<LabelledDocument> corpus)
        {
            var names = corpus.Where(d => d.Kind == DocumentKinds.Prose).SelectMany(d => d.Entities.Where(e => e.Type == EntityTypes.PersonName).Select(e => BareName(d, e))).ToList();
            return names.Count == 0 ? 0 : (double)names.Count(b => b) / names.Count;
        }

        var dev = BareShare(s_dev);
        var holdout = BareShare(s_holdout);
        Assert.True(holdout > dev + 0.1, $"bare names in prose: holdout {holdout:P0}, dev {dev:P0}");

        // The 03(1234)5678 form of a phone number appears only in the holdout profile.
        static bool Parenthesised(LabelledDocument d) => d.Entities.Any(e => e.Type == EntityTypes.PhoneNumber && d.Text.Substring(e.Start, e.Length).Contains('(', StringComparison.Ordinal));
        Assert.Contains(s_holdout, Parenthesised);
        Assert.DoesNotContain(s_dev, Parenthesised);
    }

    [Fact]
    public void People_NamesFromBogus_AllHaveReadings()
    {
        var faker = new Bogus.Faker("ja") { Random = new Bogus.Randomizer(5) };
        var surnames = NameData.Surnames.Select(n => n.Kanji).ToHashSet();
        var given = NameData.GivenNames.Select(n => n.Kanji).ToHashSet();

        for (var i = 0; i < 500; i++)
        {
            Assert.True(surnames.Contains(faker.Name.LastName()), "a surname from Bogus has no reading in NameData");
            Assert.True(given.Contains(faker.Name.FirstName()), "a given name from Bogus has no reading in NameData");
        }
    }

    [Fact]
    public void MixedText_SameSeed_SameDocumentsOfTheRequestedSize()
    {
        var first = MixedText.Documents(7, 200_000);
        var second = MixedText.Documents(7, 200_000);

        Assert.True(first.SequenceEqual(second, StringComparer.Ordinal), "two runs with seed 7 differ");
        Assert.InRange(first.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d) + 1), 200_000, 220_000);
    }

    private static string Digits(string value) => new([.. JapaneseTextNormalizer.Normalize(value).Text.Where(char.IsAsciiDigit)]);
}
