using Mamori.Core.Features;
using Mamori.Core.Subjects;
using Mamori.Detection;

namespace Mamori.Platform.Tests.Harness;

/// <summary>
/// A fictitious person with values unique to <see cref="Number"/>: a name from a short list of common
/// names, an e-mail at example.jp, a mobile number, a member id, an address, a birth date. Test output
/// names people by number, never by value.
/// </summary>
public sealed record SyntheticPerson(int Number, string Name, string Email, string Phone, string MemberId, string Address, string BirthDate)
{
    private static readonly (string Kanji, string Romaji)[] s_names =
    [
        ("山田 太郎", "taro.yamada"), ("佐藤 花子", "hanako.sato"), ("鈴木 一郎", "ichiro.suzuki"), ("高橋 美咲", "misaki.takahashi"),
        ("田中 健太", "kenta.tanaka"), ("伊藤 さくら", "sakura.ito"), ("渡辺 翔太", "shota.watanabe"), ("中村 結衣", "yui.nakamura"),
    ];

    /// <summary>The special care-required statement used in tests (a medical history).</summary>
    public const string MedicalHistory = "2型糖尿病で通院中";

    /// <summary>Person <paramref name="number"/> (0 is 山田 太郎, 090-1234-5678).</summary>
    public static SyntheticPerson Create(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 8000);
        var (kanji, romaji) = s_names[number % s_names.Length];
        return new SyntheticPerson(
            number,
            kanji,
            $"{romaji}{number:D4}@example.jp",
            $"090-{1234 + number:D4}-5678",
            $"M{100000 + number}",
            $"東京都千代田区千代田{(number % 9) + 1}-{(number % 20) + 1}-{(number % 30) + 1}",
            $"19{60 + (number % 40)}-{(number % 9) + 1:D2}-{(number % 20) + 10}");
    }

    /// <summary>The value of an item type.</summary>
    public string ValueOf(string type) => type switch
    {
        EntityTypes.PersonName => Name,
        EntityTypes.EmailAddress => Email,
        EntityTypes.PhoneNumber => Phone,
        ItemTypes.MemberId => MemberId,
        EntityTypes.Address => Address,
        EntityTypes.DateOfBirth => BirthDate,
        EntityTypes.SpecialCare => MedicalHistory,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No synthetic value for this type."),
    };

    /// <summary>Items of these types.</summary>
    public IReadOnlyList<NewItem> Items(params string[] types) => [.. types.Select(t => new NewItem(t, ValueOf(t)))];
}
