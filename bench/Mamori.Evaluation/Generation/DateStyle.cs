namespace Mamori.Evaluation.Generation;

/// <summary>How a date is written.</summary>
public enum DateStyle
{
    /// <summary>1988年1月1日</summary>
    Kanji,

    /// <summary>1988/01/01</summary>
    Slash,

    /// <summary>1988/1/1</summary>
    SlashShort,

    /// <summary>1988-01-01</summary>
    Iso,

    /// <summary>昭和63年1月1日 (元年 for the first year)</summary>
    Era,

    /// <summary>S63.1.1</summary>
    EraLetterDots,

    /// <summary>S63/1/1</summary>
    EraLetterSlash,
}
