using System.Text.RegularExpressions;
using Mamori.Detection.Text;

namespace Mamori.Detection.Recognizers;

/// <summary>
/// Bank accounts: a 7-digit account number after its type (普通/当座/貯蓄) or next to 口座 words, and
/// Japan Post Bank (ゆうちょ) 記号-番号 pairs (a 5-digit symbol starting with 1, a number of up to
/// 8 digits ending in 1). The reported span is the account number (with its symbol for ゆうちょ).
/// </summary>
public sealed partial class BankAccountRecognizer : IRecognizer
{
    private const double AfterType = 0.85;
    private const double NearContext = 0.7;
    private const double PostBank = 0.85;

    /// <inheritdoc />
    public string Name => "bank_account";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EntityTypes { get; } = [Detection.EntityTypes.BankAccount];

    /// <inheritdoc />
    public void Recognize(RecognitionInput input, List<Finding> findings)
    {
        var text = input.Text.AsSpan();
        Span<int> groups = stackalloc int[8];
        foreach (var run in input.LongDigitRuns)
        {
            // Only a 7-digit account or a ゆうちょ 記号-番号 pair (5 + 1 to 8 digits) can be one; the count is cheaper to test.
            if (run.DigitCount is < 6 or > 13 || run.IsEmbedded(text))
            {
                continue;
            }

            if (run.DigitCount == 7 && run.GroupCount == 1)
            {
                var score = AccountTypeBefore(text, run.Start) ? AfterType
                    : input.HasContext(Detection.EntityTypes.BankAccount, run.Start, run.Length) ? NearContext
                    : 0;
                if (score > 0)
                {
                    findings.Add(new Finding(Detection.EntityTypes.BankAccount, PiiCategory.Personal, run.Start, run.Length, score) { Recognizer = Name });
                }
            }
            else if (run.GroupCount == 2 && run.Separator is '-' or ' ' && IsPostBankPair(text, run, groups)
                && input.HasContext(Detection.EntityTypes.BankAccount, run.Start, run.Length))
            {
                findings.Add(new Finding(Detection.EntityTypes.BankAccount, PiiCategory.Personal, run.Start, run.Length, PostBank) { Recognizer = Name });
            }
        }

        if (input.Text.Contains("記号", StringComparison.Ordinal) && input.Text.Contains("ゆうちょ", StringComparison.Ordinal))
        {
            foreach (var match in PostBankWords().EnumerateMatches(text))
            {
                var start = match.Index + "記号".Length;
                while (!char.IsAsciiDigit(text[start]))
                {
                    start++;
                }

                findings.Add(new Finding(Detection.EntityTypes.BankAccount, PiiCategory.Personal, start, match.Index + match.Length - start, PostBank) { Recognizer = Name });
            }
        }
    }

    private static bool IsPostBankPair(ReadOnlySpan<char> text, DigitRun run, Span<int> groups)
    {
        var lengths = run.GroupLengths(text, groups);
        return lengths[0] == 5 && text[run.Start] == '1' && lengths[1] is >= 1 and <= 8 && text[run.End - 1] == '1';
    }

    /// <summary>True when 普通/当座/貯蓄 (optionally with 預金, 口座, 番号, a colon or spaces) ends right before <paramref name="start"/>.</summary>
    private static bool AccountTypeBefore(ReadOnlySpan<char> text, int start)
    {
        var from = Math.Max(0, start - 12);
        return AccountType().IsMatch(text[from..start]);
    }

    [GeneratedRegex(@"(?:普通|当座|貯蓄)(?:預金)?(?:口座)?(?:番号)?[ :：]*$")]
    private static partial Regex AccountType();

    [GeneratedRegex(@"記号[ :：]*1[0-9]{4}[ ・,、/]*番号[ :：]*[0-9]{1,7}1(?![0-9])")]
    private static partial Regex PostBankWords();
}
