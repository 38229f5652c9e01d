using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Mamori.Core.Access;
using Mamori.Core.Consents;
using Mamori.Core.Features;
using Mamori.Core.Ports;
using Mamori.Core.Purposes;
using Mamori.Core.Security;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Storage;

using Mamori.Benchmarks.Shared;

namespace Mamori.Benchmarks.Disclosure;

/// <summary>
/// A platform holding <see cref="Subjects"/> fictitious members — six items, two consents and five purchases each, sealed as
/// the platform seals them — seeded once through the store's bulk path and kept for later runs (SQLite under the temporary
/// directory, PostgreSQL in its own database on the cluster named by MAMORI_BENCH_POSTGRES or MAMORI_TEST_POSTGRES).
/// </summary>
internal static class DisclosureWorld
{
    public const string Support = "support";
    public const string Marketing = "email-marketing";
    private const int Batch = 10_000;

    /// <summary>Subjects seeded (MAMORI_BENCH_SUBJECTS, default 100,000).</summary>
    public static int Subjects { get; } = int.TryParse(Environment.GetEnvironmentVariable("MAMORI_BENCH_SUBJECTS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100_000;

    /// <summary>Opens the platform for a provider (seeding it when it holds fewer subjects than asked for) and a privacy officer.</summary>
    public static async Task<(Platform Platform, Caller Officer)> OpenAsync(string provider)
    {
        var platform = await PlatformHost.OpenAsync(await BenchPlatform.LocationAsync(provider, "disclosure", Subjects));
        if (await platform.Purposes.CurrentAsync(Support) is null)
        {
            var from = DateTimeOffset.UtcNow.AddDays(-1);
            await platform.Purposes.DefineAsync(Caller.LocalOperator, new Purpose(Support, 0, from, "お問い合わせ対応", "お問い合わせへの回答のため",
                [EntityTypes.PersonName, EntityTypes.EmailAddress, EntityTypes.PhoneNumber, ItemTypes.MemberId, EntityTypes.Address, EntityTypes.DateOfBirth], 365, false));
            await platform.Purposes.DefineAsync(Caller.LocalOperator, new Purpose(Marketing, 0, from, "メールマガジン", "新商品のご案内をメールでお送りするため",
                [EntityTypes.PersonName, EntityTypes.EmailAddress], 730, true) { DirectContact = true });
        }

        var officer = (await platform.Store.GetUserByNameAsync("bench-officer")) is { } user
            ? Caller.Of(user, null)
            : Caller.Of((await platform.Users.AddUserAsync(Caller.LocalOperator, "bench-officer", Role.PrivacyOfficer, null)).User, null);
        var have = await platform.Store.CountSubjectsAsync();
        if (have < Subjects)
        {
            await SeedAsync(platform, (int)have);
        }

        return (platform, officer);
    }

    /// <summary>Some subject ids, spread over the whole table (every <c>step</c>-th of creation order).</summary>
    public static async Task<IReadOnlyList<string>> SampleAsync(Platform platform, int count)
    {
        var ids = new List<string>();
        string? after = null;
        var step = Math.Max(1, Subjects / count);
        while (ids.Count < count)
        {
            var page = await platform.Store.ListSubjectIdsAsync(after, step);
            if (page.Count == 0)
            {
                break;
            }

            ids.Add(page[^1]);
            after = page[^1];
        }

        return ids;
    }

    private static async Task SeedAsync(Platform platform, int from)
    {
        Console.Error.WriteLine($"seeding {Subjects - from:N0} subjects into {platform.Store.Provider} (once; kept for later runs)…");
        var keys = platform.MasterKeys.Current;
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        var provenance = new Provenance("bench", AcquisitionMethod.Import, at);
        for (var start = from; start < Subjects; start += Batch)
        {
            var count = Math.Min(Batch, Subjects - start);
            var records = new NewSubjectRecord[count];
            var events = new StoredEvent[count * 5];
            Parallel.For(0, count, i =>
            {
                var n = start + i;
                var id = DataSubject.NewId();
                var dataKey = EncryptionKeys.NewDataKey();
                var text = n.ToString("D7", CultureInfo.InvariantCulture);
                StoredItem Item(string type, string value) => new(PersonalItem.NewId(), id, type, ItemTypes.CategoryOf(type),
                    EncryptionKeys.EncryptValue(dataKey, id, type, value), ItemTypes.Searchable.Contains(type) ? keys.BlindIndex(type, value) : null, provenance);
                records[i] = new NewSubjectRecord(
                    new DataSubject(id, at, SubjectStatus.Active),
                    keys.Wrap(id, dataKey),
                    [
                        Item(EntityTypes.PersonName, "会員 " + text), Item(EntityTypes.EmailAddress, $"member{text}@example.jp"),
                        Item(EntityTypes.PhoneNumber, $"090-0{text[..3]}-{text[3..]}"), Item(ItemTypes.MemberId, "M" + text),
                        Item(EntityTypes.Address, $"東京都千代田区千代田{n % 9 + 1}-{n % 20 + 1}"), Item(EntityTypes.DateOfBirth, $"19{60 + n % 40}-0{n % 9 + 1}-1{n % 9}"),
                    ],
                    [
                        new ConsentRecord(ConsentRecord.NewId(), id, Marketing, true, at, "web-form", null, null),
                        new ConsentRecord(ConsentRecord.NewId(), id, Marketing, n % 3 != 0, at.AddHours(1), "web-form", null, null),
                    ]);
                for (var e = 0; e < 5; e++)
                {
                    var attributes = JsonSerializer.Serialize(new Dictionary<string, string> { ["sku"] = $"SKU-{(n + e) % 500}", ["amount"] = ((n % 50 + e) * 100).ToString(CultureInfo.InvariantCulture) });
                    events[(i * 5) + e] = new StoredEvent(SubjectEvent.NewId(), id, "purchase", at.AddMinutes(e), EncryptionKeys.EncryptValue(dataKey, id, "EVENT:purchase", attributes));
                }

                CryptographicOperations.ZeroMemory(dataKey);
            });
            await platform.KeyStore.PutAsync([.. records.Select(r => (r.Subject.Id, r.Key))]);
            await platform.Store.InsertSubjectsAsync(records);
            await platform.Store.InsertEventsAsync(events);
            Console.Error.WriteLine($"  {start + count:N0}");
        }
    }
}
