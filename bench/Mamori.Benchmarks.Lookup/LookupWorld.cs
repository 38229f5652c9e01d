using System.Globalization;
using System.Security.Cryptography;
using Mamori.Core.Access;
using Mamori.Core.Features;
using Mamori.Core.Ports;
using Mamori.Core.Purposes;
using Mamori.Core.Security;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Storage;

using Mamori.Benchmarks.Shared;

namespace Mamori.Benchmarks.Lookup;

/// <summary>
/// A platform holding <see cref="Subjects"/> fictitious members (a name and an e-mail address each, sealed as the
/// platform seals them), seeded once through the store's bulk path and kept for later runs: SQLite in a folder under
/// the temporary directory, PostgreSQL in its own database on the cluster named by MAMORI_BENCH_POSTGRES (or
/// MAMORI_TEST_POSTGRES). Not the import use case: its speed is measured elsewhere.
/// </summary>
internal static class LookupWorld
{
    public const string Purpose = "support";
    private const int Batch = 20_000;

    /// <summary>Subjects seeded (MAMORI_BENCH_SUBJECTS, default 1,000,000).</summary>
    public static int Subjects { get; } = int.TryParse(Environment.GetEnvironmentVariable("MAMORI_BENCH_SUBJECTS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1_000_000;

    /// <summary>The e-mail address of member <paramref name="n"/>.</summary>
    public static string Email(int n) => $"member{n.ToString("D7", CultureInfo.InvariantCulture)}@example.jp";

    /// <summary>Opens the platform for a provider, seeding it first when it holds fewer subjects than asked for.</summary>
    public static async Task<(Platform Platform, Caller Staff)> OpenAsync(string provider)
    {
        var location = await BenchPlatform.LocationAsync(provider, "lookup", Subjects);
        var platform = await PlatformHost.OpenAsync(location);
        if (await platform.Purposes.CurrentAsync(Purpose) is null)
        {
            await platform.Purposes.DefineAsync(Caller.LocalOperator, new Purpose(Purpose, 0, DateTimeOffset.UtcNow.AddDays(-1), "お問い合わせ対応", "お問い合わせへの回答のため",
                [EntityTypes.PersonName, EntityTypes.EmailAddress], 365, false));
        }

        var staff = (await platform.Store.GetUserByNameAsync("bench-staff")) is { } user
            ? Caller.Of(user, null)
            : Caller.Of((await platform.Users.AddUserAsync(Caller.LocalOperator, "bench-staff", Role.Staff, null)).User, null);
        var have = await platform.Store.CountSubjectsAsync();
        if (have < Subjects)
        {
            await SeedAsync(platform, (int)have);
        }

        return (platform, staff);
    }

    private static async Task SeedAsync(Platform platform, int from)
    {
        Console.Error.WriteLine($"seeding {Subjects - from:N0} subjects into {platform.Store.Provider} (once; kept for later runs)…");
        var keys = platform.MasterKeys.Current;
        var at = DateTimeOffset.UtcNow;
        var provenance = new Provenance("bench", AcquisitionMethod.Import, at);
        for (var start = from; start < Subjects; start += Batch)
        {
            var count = Math.Min(Batch, Subjects - start);
            var records = new NewSubjectRecord[count];
            Parallel.For(0, count, i =>
            {
                var n = start + i;
                var id = DataSubject.NewId();
                var dataKey = EncryptionKeys.NewDataKey();
                var email = Email(n);
                records[i] = new NewSubjectRecord(
                    new DataSubject(id, at, SubjectStatus.Active),
                    keys.Wrap(id, dataKey),
                    [
                        new StoredItem(PersonalItem.NewId(), id, EntityTypes.PersonName, PiiCategory.Personal, EncryptionKeys.EncryptValue(dataKey, id, EntityTypes.PersonName, "会員 " + n.ToString(CultureInfo.InvariantCulture)), null, provenance),
                        new StoredItem(PersonalItem.NewId(), id, EntityTypes.EmailAddress, PiiCategory.Personal, EncryptionKeys.EncryptValue(dataKey, id, EntityTypes.EmailAddress, email),
                            keys.BlindIndex(EntityTypes.EmailAddress, email), provenance),
                    ],
                    []);
                CryptographicOperations.ZeroMemory(dataKey);
            });
            await platform.KeyStore.PutAsync([.. records.Select(r => (r.Subject.Id, r.Key))]);
            await platform.Store.InsertSubjectsAsync(records);
            if ((start / Batch) % 10 == 0)
            {
                Console.Error.WriteLine($"  {start + count:N0}");
            }
        }
    }
}
