namespace Mamori.Core.Features;

/// <summary>A row an import cannot take, with where and why — never the value itself.</summary>
/// <param name="Line">The line in the file.</param>
/// <param name="Column">The header concerned, or null.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ImportProblem(long Line, string? Column, string Message);
