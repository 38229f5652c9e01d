namespace Mamori.Platform.Tests.Harness;

/// <summary>A progress sink called on the reporting thread, at the moment of the report (unlike <see cref="Progress{T}"/>).</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
