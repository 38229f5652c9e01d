using Bogus;

namespace Mamori.Evaluation.Generation;

/// <summary>
/// Everything a template draws from: one seeded random source (shared by Bogus and the
/// generators here, so a seed fixes the whole corpus), the profile, and the value factories.
/// </summary>
public sealed class GenerationContext
{
    /// <summary>Creates a context; the same seed and profile always give the same values in the same order.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="profile">The template mix.</param>
    public GenerationContext(int seed, CorpusProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Random = new Randomizer(seed);
        Faker = new Faker("ja") { Random = Random };
        Profile = profile;
        Ids = new IdentifierFactory(Random);
        People = new PersonFactory(this);
        Addresses = new AddressFactory(this);
    }

    /// <summary>The single random source.</summary>
    public Randomizer Random { get; }

    /// <summary>Bogus with the <c>ja</c> locale, sharing <see cref="Random"/>.</summary>
    public Faker Faker { get; }

    /// <summary>The template mix.</summary>
    public CorpusProfile Profile { get; }

    /// <summary>Checksum-valid identifiers and other values.</summary>
    public IdentifierFactory Ids { get; }

    /// <summary>People (names, readings, birth dates, e-mail addresses).</summary>
    public PersonFactory People { get; }

    /// <summary>Full Japanese addresses and postal codes.</summary>
    public AddressFactory Addresses { get; }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">A probability in [0,1].</param>
    public bool Chance(double p) => Random.Double() < p;

    /// <summary>One of the items, uniformly.</summary>
    /// <param name="items">At least one item.</param>
    public T Pick<T>(params T[] items) => items[Random.Number(0, items.Length - 1)];

    /// <summary>
    /// One phrasing: from <paramref name="seen"/> in every profile, or from <paramref name="seen"/> and
    /// <paramref name="unseen"/> together when the profile adds unseen phrasings.
    /// </summary>
    /// <param name="seen">Phrasings the dev corpus uses.</param>
    /// <param name="unseen">Phrasings only the holdout corpus uses.</param>
    public string Phrase(string[] seen, string[] unseen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(unseen);
        if (!Profile.Unseen || unseen.Length == 0)
        {
            return Pick(seen);
        }

        var index = Random.Number(0, seen.Length + unseen.Length - 1);
        return index < seen.Length ? seen[index] : unseen[index - seen.Length];
    }

    /// <summary>The ASCII value, or its full-width form at the profile's rate.</summary>
    /// <param name="ascii">An ASCII value such as 090-1234-5678.</param>
    public string Width(string ascii) => Chance(Profile.FullWidthRate) ? Widths.ToFullWidth(ascii) : ascii;

    /// <summary>A number in [min, max] written with ASCII digits.</summary>
    /// <param name="min">Smallest value.</param>
    /// <param name="max">Largest value.</param>
    public string Num(int min, int max) => Random.Number(min, max).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
