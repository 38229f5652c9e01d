namespace Mamori.Scanning.Configuration;

/// <summary>The settings file as written (YAML or JSON, snake_case keys). Mutable for the deserializers only.</summary>
internal sealed class ConfigDocument
{
    public double? MinConfidence { get; set; }

    public List<string>? Entities { get; set; }

    public List<string>? ExcludeEntities { get; set; }

    public List<string>? AllowList { get; set; }

    public Dictionary<string, List<string>>? DenyList { get; set; }

    public Dictionary<string, List<string>>? ContextWords { get; set; }

    public List<RecognizerDocument>? Recognizers { get; set; }

    public int? SampleRows { get; set; }

    public int? Parallel { get; set; }

    public ArchiveDocument? Archive { get; set; }

    internal sealed class RecognizerDocument
    {
        public string? Name { get; set; }

        public string? Type { get; set; }

        public string? Category { get; set; }

        public string? Regex { get; set; }

        public List<string>? Context { get; set; }

        public string? Validator { get; set; }

        public double? Score { get; set; }

        public double? ContextScore { get; set; }
    }

    internal sealed class ArchiveDocument
    {
        public long? MaxTotalBytes { get; set; }

        public double? MaxCompressionRatio { get; set; }

        public int? MaxDepth { get; set; }

        public int? MaxEntries { get; set; }
    }
}
