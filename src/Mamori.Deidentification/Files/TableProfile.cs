namespace Mamori.Deidentification.Files;

/// <summary>What a table's columns hold, as the scanner classified them.</summary>
/// <param name="ColumnTypes">Classified columns: header → entity id.</param>
/// <param name="FindingsPerColumn">Findings per header (also in columns not classified as a whole).</param>
/// <param name="IsPersonalInformationDatabase">True when the scanner flagged the table as a 個人情報データベース等.</param>
public sealed record TableProfile(
    IReadOnlyDictionary<string, string> ColumnTypes,
    IReadOnlyDictionary<string, int> FindingsPerColumn,
    bool IsPersonalInformationDatabase);
