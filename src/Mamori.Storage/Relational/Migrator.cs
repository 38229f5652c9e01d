using System.Globalization;
using System.Reflection;

namespace Mamori.Storage.Relational;

/// <summary>
/// Applies the embedded migrations of one store (<c>data</c> or <c>keys</c>) that a database has not
/// seen yet, in order, in one transaction, recording each in <c>schema_migrations</c>. Running it again
/// changes nothing; a database that has migrations this build does not know is refused.
/// </summary>
internal static class Migrator
{
    public const string DataStore = "data";
    public const string KeyStore = "keys";

    /// <summary>The migrations of a store for a provider, by version.</summary>
    public static IReadOnlyList<Migration> Load(string provider, string store)
    {
        var prefix = $"migrations/{provider}/{store}/";
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var file = name[prefix.Length..^4];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource {name} is not named NNNN_name.sql.");
            }

            migrations.Add(new Migration(version, file[(underscore + 1)..], Read(assembly, name)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations of {provider}/{store} must be numbered 1, 2, 3… without gaps or repeats.");
            }
        }

        return migrations;
    }

    /// <summary>Brings the database up to date; returns how many migrations were applied.</summary>
    public static async Task<int> MigrateAsync(SqlDatabase database, string store, CancellationToken cancellationToken)
    {
        var migrations = Load(database.Provider, store);
        await using var scope = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        await database.PrepareMigrationAsync(scope, cancellationToken).ConfigureAwait(false);
        await scope.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
            cancellationToken).ConfigureAwait(false);

        var applied = new HashSet<int>();
        await using (var query = scope.Command("SELECT version FROM schema_migrations"))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var known = migrations.Count;
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > known)
        {
            throw new StorageException(
                $"The {database.Location} has schema version {newest}, newer than this Mamori knows ({known}). " +
                "It was upgraded by a newer Mamori: run that version, or restore a backup made before the upgrade.");
        }

        var count = 0;
        foreach (var migration in migrations)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await scope.ExecuteAsync(migration.Sql, cancellationToken).ConfigureAwait(false);
            await scope.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                cancellationToken,
                ("@version", migration.Version),
                ("@name", migration.Name),
                ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))).ConfigureAwait(false);
            count++;
        }

        await scope.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
