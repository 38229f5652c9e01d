namespace Mamori.Core.Calendar;

/// <summary>One holiday: its date and Japanese name (振替休日 and 国民の休日 included).</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">The name in Japanese.</param>
public readonly record struct NationalHoliday(DateOnly Date, string Name);
