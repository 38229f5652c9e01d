using System.Data.Common;

namespace Mamori.Storage.Relational;

/// <summary>Small ADO.NET conveniences shared by both providers.</summary>
internal static class DbExtensions
{
    /// <summary>Adds a parameter (null becomes SQL NULL) and returns the command, for chaining.</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static byte[] GetBytes(this DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);
}
