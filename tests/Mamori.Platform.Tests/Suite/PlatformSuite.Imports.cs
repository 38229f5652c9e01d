using System.Globalization;
using Mamori.Core.Features;
using Mamori.Core.Ports;
using Mamori.Core.Subjects;
using Mamori.Detection;
using Mamori.Platform.Tests.Harness;
using Xunit;

namespace Mamori.Platform.Tests.Suite;

public abstract partial class PlatformSuite<TFixture>
{
    /// <summary>An EC platform's member export: 会員番号, 氏名, メールアドレス, 電話番号 (header on line 1).</summary>
    private static readonly ImportColumn[] s_columns =
    [
        new(0, "会員番号", ItemTypes.MemberId), new(1, "氏名", EntityTypes.PersonName), new(2, "メールアドレス", EntityTypes.EmailAddress),
        new(3, "電話番号", EntityTypes.PhoneNumber), new(4, "メモ", null),
    ];

    [Fact]
    public async Task ImportAsync_BadRowAtLineN_ReportedByLineAndNothingImported()
    {
        var rows = Rows(World, 6);
        rows[3] = rows[3] with { Values = [.. rows[3].Values.Select((v, i) => i == 2 ? "not-an-address" : v)] };
        var importId = "imp-bad-" + Guid.NewGuid().ToString("N")[..8];

        var (problems, _) = await Platform.Imports.ValidateAsync(s_columns, rows, skipExisting: false, cancellationToken: Ct);
        var refusal = await RefusedAsync(() => Platform.Imports.ImportAsync(World.Staff, importId, PlatformSetup.Support, "shop-export.csv", s_columns, rows, new HashSet<long>(), false, cancellationToken: Ct));

        var problem = Assert.Single(problems);
        Assert.Equal((5L, "メールアドレス"), (problem.Line, problem.Column));
        Assert.Equal("invalid", refusal.Code);
        Assert.Contains("Line 5,", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ImportedAsync(World, importId));
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Staff, ItemTypes.MemberId, rows[0].Values[0], PlatformSetup.Support, Ct));
    }

    [Fact]
    public async Task ValidateAsync_SameMemberTwiceInTheFile_ReportsTheLaterLineWithTheFirst()
    {
        var rows = Rows(World, 4);
        // The same member id written in full-width lower case on line 5 as on line 2.
        rows[3] = rows[3] with { Values = [Fold(rows[0].Values[0]).ToLowerInvariant(), .. rows[3].Values.Skip(1)] };

        var (problems, _) = await Platform.Imports.ValidateAsync(s_columns, rows, skipExisting: false, cancellationToken: Ct);

        var problem = Assert.Single(problems);
        Assert.Equal(5L, problem.Line);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_MemberAlreadyOnThePlatform_RefusedOrSkippedOnRequest()
    {
        var rows = Rows(World, 5);
        var existing = SyntheticPerson.Create(0) with { MemberId = rows[2].Values[0] };
        await World.RegisterAsync(existing, [ItemTypes.MemberId, EntityTypes.PersonName]);
        var importId = "imp-dup-" + Guid.NewGuid().ToString("N")[..8];

        var (refused, _) = await Platform.Imports.ValidateAsync(s_columns, rows, skipExisting: false, cancellationToken: Ct);
        var (none, skip) = await Platform.Imports.ValidateAsync(s_columns, rows, skipExisting: true, cancellationToken: Ct);
        var written = await Platform.Imports.ImportAsync(World.Staff, importId, PlatformSetup.Support, "shop-export.csv", s_columns, rows, skip, false, cancellationToken: Ct);

        Assert.Equal(4L, Assert.Single(refused).Line);
        Assert.Empty(none);
        Assert.Equal([3L], skip);
        Assert.Equal(4, written);
        Assert.Equal(4, await ImportedAsync(World, importId));
        Assert.Single(await Platform.Subjects.SearchAsync(World.Staff, ItemTypes.MemberId, rows[2].Values[0], PlatformSetup.Support, Ct));
    }

    [Fact]
    public async Task ImportAsync_InterruptedAfterABatch_ResumesWithoutLossOrDuplicates()
    {
        await using var world = await Fixture.NewWorldAsync(s_smallBatches);
        var rows = Rows(world, 10);
        const string importId = "imp-resume";
        using var interrupt = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Platform.Imports.ImportAsync(world.Staff, importId, PlatformSetup.Support, "shop-export.csv",
            s_columns, rows, new HashSet<long>(), true, new SyncProgress<long>(_ => interrupt.Cancel()), interrupt.Token));
        var midway = await ImportedAsync(world, importId);
        await world.CloseAsync();
        await world.OpenAsync(Ct);
        var resumed = await world.Platform.Imports.ImportAsync(world.Staff, importId, PlatformSetup.Support, "shop-export.csv", s_columns, rows, new HashSet<long>(), true, cancellationToken: Ct);

        Assert.Equal(s_smallBatches.BatchSize, midway);
        Assert.Equal(10 - s_smallBatches.BatchSize, resumed);
        Assert.Equal(10, await ImportedAsync(world, importId));
        foreach (var row in rows)
        {
            var found = await world.Platform.Subjects.SearchAsync(world.Staff, ItemTypes.MemberId, row.Values[0], PlatformSetup.Support, Ct);
            Assert.True(found.Count == 1, $"row {row.Number}: {found.Count} subjects");
        }

        Assert.Equal("conflict", (await RefusedAsync(() => world.Platform.Imports.ImportAsync(world.Staff, importId, PlatformSetup.Support, "shop-export.csv",
            s_columns, rows, new HashSet<long>(), true, cancellationToken: Ct))).Code);
    }

    [Fact]
    public async Task ImportAsync_CancelledRightAfterABatchIsWritten_ResumesWithoutDuplicates()
    {
        using var interrupt = new CancellationTokenSource();
        var armed = false;
        await using var world = await Fixture.NewWorldAsync(s_smallBatches, new World.Wrappers(Store: store => Intercept<IPlatformStore>.Wrap(
            store, nameof(IPlatformStore.InsertSubjectsAsync), _ =>
            {
                // The operator presses Ctrl+C the moment the first batch is committed.
                if (armed)
                {
                    interrupt.Cancel();
                }

                return Task.CompletedTask;
            })));
        var rows = Rows(world, 10);
        const string importId = "imp-cancel";
        armed = true;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Platform.Imports.ImportAsync(world.Staff, importId, PlatformSetup.Support, "shop-export.csv",
            s_columns, rows, new HashSet<long>(), true, cancellationToken: interrupt.Token));
        armed = false;
        await world.CloseAsync();
        await world.OpenAsync(Ct);
        await world.Platform.Imports.ImportAsync(world.Staff, importId, PlatformSetup.Support, "shop-export.csv", s_columns, rows, new HashSet<long>(), true, cancellationToken: Ct);

        Assert.Equal(10, await ImportedAsync(world, importId));
        Assert.True((await world.Platform.AccessLog.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task ImportAsync_ContractorColumnsOutsideItsEntrustment_RefusedAndNothingImported()
    {
        var rows = Rows(World, 3);
        var importId = "imp-contractor-" + Guid.NewGuid().ToString("N")[..8];
        var before = await World.LogHeadAsync();

        var refusal = await RefusedAsync(() => Platform.Imports.ImportAsync(World.Contractor, importId, PlatformSetup.Support, "shop-export.csv", s_columns, rows, new HashSet<long>(), false, cancellationToken: Ct));
        var entrusted = s_columns.Select(c => c.ItemType is null || PlatformSetup.CallCentreItems.Contains(c.ItemType) ? c : c with { ItemType = null }).ToList();
        var written = await Platform.Imports.ImportAsync(World.Contractor, importId, PlatformSetup.Support, "shop-export.csv", entrusted, rows, new HashSet<long>(), false, cancellationToken: Ct);

        Assert.Equal("entrustment", refusal.Code);
        Assert.Contains(await World.LogSinceAsync(before), e => e.UserId == World.Contractor.UserId && !e.Allowed);
        Assert.Equal(3, written);
        Assert.Equal(3, await ImportedAsync(World, importId));
        Assert.Empty(await Platform.Subjects.SearchAsync(World.Staff, EntityTypes.EmailAddress, rows[0].Values[2], PlatformSetup.Support, Ct));
    }

    /// <summary>Rows of new people (data row n on line n + 1), with a memo column the mapping ignores.</summary>
    private static List<ImportRow> Rows(World world, int count) =>
        [.. Enumerable.Range(1, count).Select(n =>
        {
            var person = world.NextPerson();
            return new ImportRow(n, n + 1, [person.MemberId, person.Name, person.Email, person.Phone, "メモ " + n.ToString(CultureInfo.InvariantCulture)]);
        })];

    /// <summary>Subjects an import created, counted in the database itself.</summary>
    private static async Task<long> ImportedAsync(World world, string importId) =>
        Convert.ToInt64(await world.Backend.ScalarRawAsync(world.Location, $"SELECT count(*) FROM subjects WHERE import_id = '{importId}'"), CultureInfo.InvariantCulture);

    /// <summary>ASCII letters and digits as their full-width forms (ＡＢＣ１２３).</summary>
    private static string Fold(string value) => string.Concat(value.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c));
}
