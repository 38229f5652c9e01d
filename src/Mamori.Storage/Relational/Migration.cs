namespace Mamori.Storage.Relational;

/// <summary>One numbered schema change: <c>migrations/&lt;provider&gt;/&lt;store&gt;/NNNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
