namespace Mamori.Core.Incidents;

/// <summary>How the people and items of an incident are known. Stored by name: do not rename.</summary>
public enum LeakScope
{
    /// <summary>Named subjects of the platform: counts computed from the items they hold.</summary>
    Subjects,

    /// <summary>Every subject of the platform holding any of the leaked item types (a table or column leaked): counts computed.</summary>
    Holders,

    /// <summary>Every subject of the platform (the whole database leaked): counts computed over every item type held.</summary>
    All,

    /// <summary>Data outside the platform (paper, a spreadsheet, another system): people and items entered by hand.</summary>
    Manual,
}
