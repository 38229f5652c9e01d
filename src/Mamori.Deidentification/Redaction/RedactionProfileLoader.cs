using Mamori.Deidentification.Operators;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mamori.Deidentification.Redaction;

/// <summary>
/// Builds a <see cref="RedactionProfile"/> from a YAML or JSON file and command-line overrides:
/// <code>
/// default: replace
/// operators:
///   PHONE_NUMBER: mask:4
///   PERSON_NAME: surrogate
///   JP_MY_NUMBER: redact
/// </code>
/// Entity ids are checked against the known ones, so a typo is an error rather than a silent no-op.
/// </summary>
public static class RedactionProfileLoader
{
    /// <summary>Builds the profile.</summary>
    /// <param name="factory">Builds the operators.</param>
    /// <param name="profileFile">A YAML/JSON profile, or null.</param>
    /// <param name="defaultSpec">Overrides the default operator, or null.</param>
    /// <param name="overrides"><c>TYPE=SPEC</c> pairs that override the file.</param>
    /// <param name="knownTypes">Entity ids accepted as keys.</param>
    /// <exception cref="FormatException">The file or an override is malformed; the message says where.</exception>
    public static RedactionProfile Load(OperatorFactory factory, string? profileFile, string? defaultSpec, IEnumerable<string> overrides, IReadOnlyCollection<string> knownTypes)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(knownTypes);
        var specs = new Dictionary<string, string>(StringComparer.Ordinal);
        string? fileDefault = null;
        if (profileFile is not null)
        {
            (fileDefault, var fromFile) = ReadFile(profileFile);
            foreach (var (type, spec) in fromFile)
            {
                specs[Known(type, knownTypes, profileFile)] = spec;
            }
        }

        foreach (var pair in overrides)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new FormatException($"--operator '{pair}' is not TYPE=OPERATOR (e.g. PHONE_NUMBER=mask:4).");
            }

            specs[Known(pair[..equals].Trim(), knownTypes, "--operator")] = pair[(equals + 1)..].Trim();
        }

        var defaultOperator = factory.Create(defaultSpec ?? fileDefault ?? "replace");
        var byType = specs.ToDictionary(pair => pair.Key, pair => factory.Create(pair.Value), StringComparer.Ordinal);
        return new RedactionProfile(defaultOperator, byType);
    }

    private static string Known(string type, IReadOnlyCollection<string> knownTypes, string where) =>
        knownTypes.Contains(type)
            ? type
            : throw new FormatException($"{where}: '{type}' is not an entity id. Known: {string.Join(", ", knownTypes.Order(StringComparer.Ordinal))}.");

    private static (string? Default, List<(string Type, string Spec)> Operators) ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"The profile '{path}' does not exist.");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new FormatException($"The profile '{path}' is not valid YAML/JSON (line {ex.Start.Line}, column {ex.Start.Column}).", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"The profile '{path}' must be a mapping with 'default' and 'operators'.");
        }

        string? defaultSpec = null;
        var operators = new List<(string, string)>();
        foreach (var (key, value) in root.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "default":
                    defaultSpec = (value as YamlScalarNode)?.Value ?? throw new FormatException($"'{path}': 'default' must be an operator such as replace.");
                    break;
                case "operators" when value is YamlMappingNode map:
                    foreach (var (typeNode, specNode) in map.Children)
                    {
                        operators.Add((((YamlScalarNode)typeNode).Value ?? string.Empty,
                            (specNode as YamlScalarNode)?.Value ?? throw new FormatException($"'{path}' line {specNode.Start.Line}: an operator must be text such as mask:4.")));
                    }

                    break;
                default:
                    throw new FormatException($"'{path}' line {key.Start.Line}: unknown key '{key}'. Use 'default' and 'operators'.");
            }
        }

        return (defaultSpec, operators);
    }
}
