using System.Text;

namespace Mamori.Evaluation.Generation;

/// <summary>Writes values the way Japanese input methods often produce them: full-width.</summary>
public static class Widths
{
    /// <summary>Converts printable ASCII (digits, letters, '-', '@', '.', ':') to the full-width forms (０-９, Ａ-Ｚ, －, ＠…).</summary>
    /// <param name="value">ASCII text.</param>
    public static string ToFullWidth(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                ' ' => '\u3000',
                >= '!' and <= '~' => (char)(c + 0xFEE0),
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Full-width digits with the long vowel mark 'ー' as the separator, as typed by many people (０９０ー１２３４ー５６７８).</summary>
    /// <param name="value">Digits and '-'.</param>
    public static string ToFullWidthWithChoonpu(string value) => ToFullWidth(value).Replace('\uFF0D', '\u30FC');
}
