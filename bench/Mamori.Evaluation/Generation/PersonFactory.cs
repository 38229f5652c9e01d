namespace Mamori.Evaluation.Generation;

/// <summary>
/// Makes people. Half the surnames and given names come from Bogus's <c>ja</c> locale (20 surnames,
/// 21 given names, in kanji), half from <see cref="NameData"/>; every fourth entry of the own
/// tables is reserved for profiles with unseen material, so the holdout has names dev never shows.
/// </summary>
public sealed class PersonFactory
{
    private static readonly DateOnly s_earliestBirth = new(1935, 1, 1);
    private static readonly DateOnly s_latestBirth = new(2012, 12, 31);

    private readonly GenerationContext _context;
    private readonly NameEntry[] _surnames;
    private readonly NameEntry[] _givenNames;
    private readonly Dictionary<string, NameEntry> _surnameReadings;
    private readonly Dictionary<string, NameEntry> _givenReadings;

    internal PersonFactory(GenerationContext context)
    {
        _context = context;
        _surnames = Available(NameData.Surnames, context.Profile.Unseen);
        _givenNames = Available(NameData.GivenNames, context.Profile.Unseen);
        _surnameReadings = NameData.Surnames.DistinctBy(n => n.Kanji).ToDictionary(n => n.Kanji, StringComparer.Ordinal);
        _givenReadings = NameData.GivenNames.DistinctBy(n => n.Kanji).ToDictionary(n => n.Kanji, StringComparer.Ordinal);
    }

    /// <summary>A new person.</summary>
    public Person Next()
    {
        var surname = _context.Random.Bool() && _surnameReadings.TryGetValue(_context.Faker.Name.LastName(), out var fromBogus)
            ? fromBogus
            : _context.Random.ArrayElement(_surnames);
        var given = _context.Random.Bool() && _givenReadings.TryGetValue(_context.Faker.Name.FirstName(), out var givenFromBogus)
            ? givenFromBogus
            : _context.Random.ArrayElement(_givenNames);
        var days = s_latestBirth.DayNumber - s_earliestBirth.DayNumber;
        var birth = DateOnly.FromDayNumber(s_earliestBirth.DayNumber + _context.Random.Number(0, days));
        return new Person(surname, given, birth);
    }

    /// <summary>An e-mail address built from the person's romanised name.</summary>
    /// <param name="person">The person.</param>
    public string Email(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var s = person.Surname.Romaji;
        var g = person.GivenName.Romaji;
        var year = (person.Birth.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        var local = _context.Random.Number(0, 5) switch
        {
            0 => $"{g}.{s}",
            1 => $"{s}.{g}{year}",
            2 => $"{g[0]}{s}",
            3 => $"{s}_{g}",
            4 => $"{g}{_context.Num(1, 999)}",
            _ => $"{s}-{g[0]}{year}",
        };
        var domain = _context.Random.Number(0, 9) switch
        {
            <= 2 => _context.Pick("gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"),
            3 => _context.Pick("docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "i.softbank.jp"),
            4 => _context.Pick("nifty.com", "biglobe.ne.jp", "ybb.ne.jp", "so-net.ne.jp"),
            _ => _context.Pick("mirai-shoji.co.jp", "sakura-kogyo.jp", "example-clinic.or.jp", "hoshino-design.com", "aozora.ed.jp", "tokai-net.ne.jp"),
        };
        return local + "@" + domain;
    }

    /// <summary>A staff member's e-mail address at a shop or company domain.</summary>
    /// <param name="person">The person.</param>
    /// <param name="domain">The organisation's domain.</param>
    public static string WorkEmail(Person person, string domain)
    {
        ArgumentNullException.ThrowIfNull(person);
        return $"{person.Surname.Romaji}.{person.GivenName.Romaji}@{domain}";
    }

    private static NameEntry[] Available(NameEntry[] all, bool unseen) =>
        unseen ? all : [.. all.Where((_, i) => i < 21 || i % 4 != 3)];
}
