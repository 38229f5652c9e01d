using Mamori.Detection;
using Mamori.Detection.Recognizers;
using Mamori.Scanning.Configuration;
using Xunit;

namespace Mamori.Scanning.Tests.Configuration;

public sealed class ScanConfigLoaderTests
{
    private const string Yaml = """
        min_confidence: 0.6
        exclude_entities: [IP_ADDRESS]
        allow_list: ["03-1234-5678"]
        deny_list:
          PERSON_NAME: ["山田太郎"]
        context_words:
          PHONE_NUMBER: [代表]
        recognizers:
          - name: employee_id
            type: EMPLOYEE_ID
            category: personal
            regex: "EMP-[0-9]{6}"
            context: [社員番号]
            validator: none
            score: 0.4
            context_score: 0.9
        sample_rows: 50
        parallel: 2
        archive:
          max_depth: 2
        """;

    [Fact]
    public void Parse_Yaml_ReadsEverySetting()
    {
        var config = ScanConfigLoader.Parse(Yaml, json: false);

        Assert.Equal(0.6, config.MinConfidence);
        Assert.Equal(["IP_ADDRESS"], config.ExcludeEntities);
        Assert.Equal(["03-1234-5678"], config.AllowList);
        Assert.Equal(["山田太郎"], config.DenyList[EntityTypes.PersonName]);
        Assert.Equal(["代表"], config.ContextWords[EntityTypes.PhoneNumber]);
        var recognizer = Assert.Single(config.Recognizers);
        Assert.Equal(("employee_id", "EMPLOYEE_ID", PiiCategory.Personal, 0.4, 0.9), (recognizer.Name, recognizer.EntityType, recognizer.Category, recognizer.Score, recognizer.ContextScore));
        Assert.Equal((50, 2, 2), (config.SampleRows, config.Parallelism, config.Archive!.MaxDepth));
    }

    [Fact]
    public void Parse_Json_SameSchema()
    {
        var config = ScanConfigLoader.Parse("""
            {"min_confidence": 0.7, "recognizers": [{"name": "card", "type": "CREDIT_CARD", "category": "personal", "regex": "[0-9]{16}", "validator": "luhn"}]}
            """, json: true);

        Assert.Equal(0.7, config.MinConfidence);
        Assert.Equal(PatternValidator.Luhn, Assert.Single(config.Recognizers).Validator);
    }

    [Fact]
    public void ApplyTo_DetectorOptions_MergesLists()
    {
        var config = ScanConfigLoader.Parse(Yaml, json: false);

        var options = config.ApplyTo(new DetectorOptions());

        Assert.Equal(0.6, options.MinConfidence);
        Assert.Contains("IP_ADDRESS", options.ExcludeEntities);
        Assert.Contains("代表", options.ContextWords[EntityTypes.PhoneNumber]);
    }

    [Fact]
    public void Parse_CustomRecognizer_FindsWithContext()
    {
        var config = ScanConfigLoader.Parse(Yaml, json: false);
        using var detector = new PiiDetector(config.ApplyTo(new DetectorOptions()), config.Recognizers);

        var withContext = Assert.Single(detector.Detect("社員番号 EMP-123456"));
        var without = detector.Detect("EMP-123456");

        Assert.Equal(("EMPLOYEE_ID", 5, 10, 0.9), (withContext.Type, withContext.Start, withContext.Length, withContext.Confidence));
        Assert.Empty(without); // 0.4 is below min_confidence 0.6
    }

    [Theory]
    [InlineData("unknown_setting: 1", "line 1")]
    [InlineData("min_confidence: 2", "min_confidence")]
    [InlineData("recognizers:\n  - name: x\n    type: X\n    regex: \"[\"", "regex")]
    [InlineData("recognizers:\n  - name: x\n    type: lower\n    regex: a", "type")]
    [InlineData("recognizers:\n  - name: x\n    type: X\n    regex: a\n    validator: crc", "validator")]
    [InlineData("recognizers:\n  - name: x\n    type: X\n    regex: a\n    category: secret", "category")]
    [InlineData("deny_list:\n  person: [a]", "deny_list")]
    public void Parse_InvalidSettings_ThrowsClearError(string yaml, string mentions)
    {
        var error = Assert.Throws<ScanConfigException>(() => ScanConfigLoader.Parse(yaml, json: false));

        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsClearError()
    {
        var error = Assert.Throws<ScanConfigException>(() => ScanConfigLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".yaml")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
