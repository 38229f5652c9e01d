using BenchmarkDotNet.Attributes;
using Mamori.Core.Features;
using Mamori.Detection;

namespace Mamori.Benchmarks.Lookup;

/// <summary>
/// One lookup of a member by e-mail address among <see cref="LookupWorld.Subjects"/>: the store's blind-index query
/// alone, and the whole use case a staff member calls (purpose check, blind index, query, subject and consents,
/// the access-log line). Each invocation looks up another member, written as people type it (upper case).
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private Platform _platform = null!;
    private Caller _staff = null!;
    private string[] _emails = [];
    private int _next;

    /// <summary>The providers measured.</summary>
    public static IEnumerable<string> Providers => ["sqlite", "postgres"];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        (_platform, _staff) = LookupWorld.OpenAsync(Provider).GetAwaiter().GetResult();
        var random = new Random(42);
        _emails = [.. Enumerable.Range(0, 4096).Select(_ => LookupWorld.Email(random.Next(LookupWorld.Subjects)).ToUpperInvariant())];
        if (_platform.Subjects.SearchAsync(_staff, EntityTypes.EmailAddress, _emails[0], LookupWorld.Purpose).GetAwaiter().GetResult().Count != 1)
        {
            throw new InvalidOperationException("The seeded member was not found: the benchmark would measure misses.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _platform.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "store: FindByBlindIndexAsync")]
    public async Task<int> FindByBlindIndex()
    {
        var email = _emails[_next++ & 4095];
        var ids = await _platform.Store.FindByBlindIndexAsync(EntityTypes.EmailAddress, _platform.MasterKeys.Current.BlindIndex(EntityTypes.EmailAddress, email));
        return ids.Count;
    }

    [Benchmark(Description = "use case: Subjects.SearchAsync")]
    public async Task<int> Search()
    {
        var email = _emails[_next++ & 4095];
        var ids = await _platform.Subjects.SearchAsync(_staff, EntityTypes.EmailAddress, email, LookupWorld.Purpose);
        return ids.Count;
    }
}
