namespace Mamori.Detection.Recognizers;

/// <summary>A check-digit test a <see cref="PatternRecognizer"/> applies to the digits of each match.</summary>
public enum PatternValidator
{
    /// <summary>No check: every match is a candidate.</summary>
    None,

    /// <summary>Luhn (mod 10), as on payment cards; a failing match is dropped.</summary>
    Luhn,

    /// <summary>個人番号 check digit (12 digits); a failing match is dropped.</summary>
    MyNumber,

    /// <summary>法人番号 check digit (13 digits); a failing match is dropped.</summary>
    CorporateNumber,

    /// <summary>
    /// The unofficial 運転免許証番号 check (12 digits). Advisory: a failing match is kept with a lower
    /// score (<see cref="PatternRecognizer.AdvisoryFailurePenalty"/>), never dropped.
    /// </summary>
    DriversLicense,
}
