using System.Diagnostics;
using System.Globalization;
using Mamori.Core.Audit;
using Mamori.Detection;

namespace Mamori.Benchmarks.Lookup;

/// <summary>
/// <c>--steps PROVIDER</c>: times each step of a search on its own (median of 200 runs), to see where the time of the use
/// case goes. Not a benchmark: a quick look when the use case is slower than the lookup.
/// </summary>
internal static class Steps
{
    public static async Task RunAsync(string provider)
    {
        var (platform, staff) = await LookupWorld.OpenAsync(provider);
        await using var _ = platform;
        var random = new Random(7);
        string Email() => LookupWorld.Email(random.Next(LookupWorld.Subjects));
        var id = (await platform.Subjects.SearchAsync(staff, EntityTypes.EmailAddress, Email(), LookupWorld.Purpose))[0];
        await TimeAsync("blind index + FindByBlindIndexAsync", () => platform.Store.FindByBlindIndexAsync(EntityTypes.EmailAddress, platform.MasterKeys.Current.BlindIndex(EntityTypes.EmailAddress, Email())));
        await TimeAsync("GetSubjectAsync", () => platform.Store.GetSubjectAsync(id));
        await TimeAsync("GetConsentsAsync", () => platform.Store.GetConsentsAsync(id));
        await TimeAsync("AccessLog.AppendAsync (entry + head)", () => platform.AccessLog.AppendAsync(staff, AccessAction.Search, id, [EntityTypes.EmailAddress], LookupWorld.Purpose, true, "1 match(es)"));
        await TimeAsync("KeyStore.SetAccessLogHeadAsync", () => platform.KeyStore.SetAccessLogHeadAsync(new AccessLogHead(1, new string('0', 64))));
        await TimeAsync("Subjects.SearchAsync", () => platform.Subjects.SearchAsync(staff, EntityTypes.EmailAddress, Email(), LookupWorld.Purpose));
    }

    private static async Task TimeAsync(string step, Func<Task> action)
    {
        var times = new List<double>();
        for (var i = 0; i < 220; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            if (i >= 20)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step,-40} median {times[times.Count / 2]:0.000} ms, p90 {times[times.Count * 9 / 10]:0.000} ms"));
    }
}
