namespace Mamori.Evaluation.Generation;

/// <summary>A generated person: name parts with readings, and a date of birth.</summary>
/// <param name="Surname">姓.</param>
/// <param name="GivenName">名.</param>
/// <param name="Birth">Date of birth.</param>
public sealed record Person(NameEntry Surname, NameEntry GivenName, DateOnly Birth)
{
    /// <summary>姓名 without a space (山田太郎).</summary>
    public string FullName => Surname.Kanji + GivenName.Kanji;

    /// <summary>姓 名 with an ASCII or ideographic space, as forms often write it.</summary>
    /// <param name="ideographic">Use U+3000 instead of U+0020.</param>
    public string SpacedName(bool ideographic) => Surname.Kanji + (ideographic ? "\u3000" : " ") + GivenName.Kanji;

    /// <summary>The katakana reading, 姓 and 名 separated by a space (ヤマダ タロウ).</summary>
    public string Kana => Surname.Kana + " " + GivenName.Kana;

    /// <summary>Age in whole years on <paramref name="on"/>.</summary>
    /// <param name="on">The reference date.</param>
    public int AgeOn(DateOnly on)
    {
        var age = on.Year - Birth.Year;
        return on < Birth.AddYears(age) ? age - 1 : age;
    }
}
