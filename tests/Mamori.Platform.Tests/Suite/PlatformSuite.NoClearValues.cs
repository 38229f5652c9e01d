using System.Text;
using Mamori.Core.Features;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Mamori.Scanning;
using Mamori.Scanning.Records;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    [Fact]
    public async Task Databases_AfterEveryKindOfWrite_HoldNoPersonalValueInClear()
    {
        await using var world = await Fixture.NewWorldAsync();
        var seeded = new List<SyntheticPerson>();
        var ids = new List<string>();
        var every = PlatformSetup.SupportItems;
        for (var i = 0; i < 12; i++)
        {
            var person = world.NextPerson();
            seeded.Add(person);
            ids.Add(await world.RegisterAsync(person, every, new NewConsent(PlatformSetup.EmailMarketing, true, "web-form"), new NewConsent(PlatformSetup.HealthProgramme, true, "paper")));
        }

        var p = world.Platform;
        await p.Subjects.AddItemsAsync(world.Staff, ids[0], PlatformSetup.HealthProgramme, seeded[0].Items(EntityTypes.SpecialCare), Ct);
        var added = world.NextPerson();
        seeded.Add(added);
        await p.Subjects.AddItemsAsync(world.Staff, ids[1], PlatformSetup.Support, added.Items(EntityTypes.EmailAddress, EntityTypes.PhoneNumber, EntityTypes.Address), Ct);
        await p.Subjects.AddEventsAsync(world.Staff, ids[2], PlatformSetup.Support,
            [("purchase", world.Clock.GetUtcNow(), new Dictionary<string, string> { ["deliver_to"] = seeded[2].Address, ["contact"] = seeded[2].Phone })], Ct);
        await p.Subjects.SearchAsync(world.Staff, EntityTypes.EmailAddress, seeded[3].Email, PlatformSetup.Support, Ct);
        await p.Subjects.GetAsync(world.Marketer, ids[4], PlatformSetup.EmailMarketing, Ct);
        await p.Consents.RecordAsync(world.Staff, ids[5], new NewConsent(PlatformSetup.EmailMarketing, false, "phone"), Ct);
        await p.Subjects.SetSuspendedAsync(world.Officer, ids[6], true, Ct);
        await p.Subjects.EraseAsync(world.Officer, ids[7], "request DSR-9", Ct);
        var imported = Enumerable.Range(0, 6).Select(_ => world.NextPerson()).ToList();
        seeded.AddRange(imported);
        var rows = imported.Select((q, n) => new ImportRow(n + 1, n + 2, [q.MemberId, q.Name, q.Email, q.Phone, string.Empty])).ToList();
        await p.Imports.ImportAsync(world.Staff, "imp-scan", PlatformSetup.Support, "shop-export.csv", s_columns, rows, new HashSet<long>(), true, cancellationToken: Ct);
        await RefusedAsync(() => p.Subjects.GetAsync(world.Marketer, ids[8], null, Ct));

        await p.Incidents.CreateAsync(world.Officer, new Mamori.Core.Incidents.BreachIncident(string.Empty, "誤送信", Mamori.Core.Incidents.BreachKind.Leak, world.Clock.GetUtcNow())
        {
            Scope = Mamori.Core.Incidents.LeakScope.Subjects, SubjectIds = [ids[0], ids[1]], Summary = "会員2名分のデータを誤送信した。",
        }, Ct);

        var files = await world.Backend.RawFilesAsync(world.Location, Ct);

        // Mamori's own scanner, as `mamori scan` runs it on the data folder or on a dump: nothing personal.
        using var detector = new PiiDetector();
        var writer = new CollectingWriter();
        // PostgreSQL is also scanned live, table by table, as `mamori scan --postgres` does.
        string[] databases = world.Location.Postgres is { } connectionString ? [connectionString] : [];
        await new Scanner(detector, new ScanOptions { SampleRows = 1_000_000, MaxParallelism = 2, ShowValues = true }).ScanAsync(files, databases, writer, null, Ct);
        Assert.True(writer.Summary!.Files >= files.Count);
        Assert.Empty(writer.Records.OfType<ScanError>().Select(e => $"{Path.GetFileName(e.Path)}: {e.Code}"));
        Assert.Empty(writer.Records.OfType<ScanFinding>().Where(f => f.Category != PiiCategory.NotPersonal)
            .Select(f => $"{Path.GetFileName(f.Path)} line {f.Line} column {f.Column} {f.Field} {f.Type}"));
        Assert.Empty(writer.Records.OfType<ColumnClassification>().Where(c => c.Category != PiiCategory.NotPersonal && c.ValueShare > 0)
            .Select(c => $"{Path.GetFileName(c.Path)} {c.Field} {c.Type}"));

        // And byte for byte: no seeded value, e-mail address or phone digits anywhere.
        var hits = new List<string>();
        foreach (var person in seeded)
        {
            var needles = every.Select(t => (t, person.ValueOf(t)))
                .Append(("PHONE_DIGITS", person.Phone.Replace("-", string.Empty, StringComparison.Ordinal)))
                .Append(("EMAIL_LOCAL_PART", person.Email[..person.Email.IndexOf('@', StringComparison.Ordinal)]))
                .Append(("SPECIAL_CARE", SyntheticPerson.MedicalHistory));
            foreach (var (type, value) in needles)
            {
                foreach (var file in files)
                {
                    foreach (var encoding in new[] { Encoding.UTF8, Encoding.Unicode })
                    {
                        var at = RawBytes.Find(file, encoding.GetBytes(value));
                        if (at >= 0)
                        {
                            hits.Add($"person {person.Number} {type} ({encoding.WebName}) in {Path.GetFileName(file)} at byte {at}");
                        }
                    }
                }
            }
        }

        Assert.Empty(hits);
    }
}
