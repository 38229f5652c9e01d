namespace Mamori.Server.Demo;

/// <summary>What <see cref="DemoDataset.SeedAsync"/> created.</summary>
/// <param name="Subjects">How many synthetic members.</param>
/// <param name="Events">How many purchase events.</param>
/// <param name="Users">The demo users and their tokens.</param>
/// <param name="SampleSubjectId">A member the demo users may all read (for the README's curl example).</param>
public sealed record DemoSeedResult(int Subjects, int Events, IReadOnlyList<DemoUser> Users, string SampleSubjectId);
