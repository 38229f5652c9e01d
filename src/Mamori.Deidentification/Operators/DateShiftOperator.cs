using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Mamori.Deidentification.Dates;
using Mamori.Deidentification.Keys;

namespace Mamori.Deidentification.Operators;

/// <summary>
/// Moves a date by a keyed, deterministic number of days in [−<see cref="MaxDays"/>, +<see cref="MaxDays"/>]
/// (never zero), written in the value's own style. With a subject key in the context every date
/// of one person moves by the same amount, so intervals between them are kept. Values that are
/// not dates are left as they are.
/// </summary>
public sealed class DateShiftOperator : IValueOperator
{
    private readonly byte[] _key;

    /// <summary>Creates the operator.</summary>
    /// <param name="keys">The key ring; its active key chooses the shifts.</param>
    /// <param name="maxDays">The largest shift in days (1-3650).</param>
    public DateShiftOperator(KeyRing keys, int maxDays = 30)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDays, 3650);
        _key = keys.Derive(KeyPurpose.Surrogate);
        MaxDays = maxDays;
    }

    /// <summary>The largest shift in days.</summary>
    public int MaxDays { get; }

    /// <inheritdoc />
    public string Name => "date_shift";

    /// <inheritdoc />
    public string Apply(string value, in OperatorContext context)
    {
        if (!JapaneseDate.TryParse(value, out var date))
        {
            return value;
        }

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("date-shift\0" + (context.SubjectKey ?? value)), mac);
        var magnitude = (int)(BinaryPrimitives.ReadUInt32BigEndian(mac) % (uint)MaxDays) + 1;
        var shift = (mac[4] & 1) == 0 ? magnitude : -magnitude;
        return date!.Format(date.Date.AddDays(shift));
    }
}
