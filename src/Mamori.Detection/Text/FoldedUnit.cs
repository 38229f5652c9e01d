namespace Mamori.Detection.Text;

/// <summary>A stretch of the original text whose folded form has a different length (ｶﾞ → ガ, ㍻ → 平成).</summary>
/// <param name="TextStart">Start in the folded text.</param>
/// <param name="TextLength">Length in the folded text.</param>
/// <param name="OriginalStart">Start in the original text.</param>
/// <param name="OriginalLength">Length in the original text.</param>
internal readonly record struct FoldedUnit(int TextStart, int TextLength, int OriginalStart, int OriginalLength);
