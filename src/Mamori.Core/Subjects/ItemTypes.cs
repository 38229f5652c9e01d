using Mamori.Detection;

namespace Mamori.Core.Subjects;

/// <summary>The item types the platform holds: the detector's entity ids plus platform-only ones, each with its APPI class.</summary>
public static class ItemTypes
{
    /// <summary>The business's own member or customer number.</summary>
    public const string MemberId = "MEMBER_ID";

    /// <summary>Gender.</summary>
    public const string Gender = "GENDER";

    /// <summary>The reading of a person's name in kana (フリガナ), kept apart from the name itself.</summary>
    public const string NameKana = "PERSON_NAME_KANA";

    /// <summary>
    /// A subject's histories (purchases, rides, visits), as an entrustment names them: a contractor reads or writes
    /// events only when its entrustment lists this type among its items.
    /// </summary>
    public const string Events = "EVENT";

    /// <summary>Types that can be looked up through a blind index (exact match).</summary>
    public static IReadOnlySet<string> Searchable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        EntityTypes.EmailAddress, EntityTypes.PhoneNumber, MemberId,
    };

    /// <summary>True when an entrustment may name <paramref name="type"/>: an item type, or <see cref="Events"/> for the histories.</summary>
    /// <param name="type">A type named by an entrustment.</param>
    public static bool IsEntrustable(string type) => IsKnown(type) || type == Events;

    /// <summary>The APPI class of an item type; unknown types count as personal information.</summary>
    /// <param name="type">An item type.</param>
    public static PiiCategory CategoryOf(string type) =>
        EntityTypes.TryGetCategory(type, out var category) ? category : PiiCategory.Personal;

    /// <summary>True when <paramref name="type"/> is a detector entity id or a platform-only type.</summary>
    /// <param name="type">An item type.</param>
    public static bool IsKnown(string type) => EntityTypes.TryGetCategory(type, out _) || type is MemberId or Gender or NameKana;
}
