using System.Text.Json;
using System.Text.Json.Nodes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;
using Json.Schema;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// docs/schemas/policy-pack.schema.json, the JSON Schema editors check pack files with: every pack file in the repository
/// meets it, it names exactly the properties, enums, parameter keys and units the reader and the rule sets know, and where
/// the reader refuses a value the schema does too.
/// </summary>
public sealed class PackSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(ConventionTests.RepositoryRoot(), "docs", "schemas", "policy-pack.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static JsonElement SchemaJson => JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement;

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static TheoryData<string> PackFiles() => new(PackFilePaths());

    private static IEnumerable<string> PackFilePaths()
    {
        var root = ConventionTests.RepositoryRoot();
        foreach (var folder in new[] { Path.Combine("src", "Baotou.Incentives", "Policy", "Packs"), "samples", "tests" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.pack.json", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal))
            {
                yield return Path.GetRelativePath(root, file).Replace('\\', '/');
            }
        }
    }

    [Fact]
    public void The_shipped_and_the_sample_pack_files_are_among_those_checked()
    {
        PackFilePaths().Should().Contain([
            "src/Baotou.Incentives/Policy/Packs/baotou-2023-149.pack.json",
            "src/Baotou.Incentives/Policy/Packs/cn-law-2015-art45.pack.json",
            "samples/packs/baotou-2025-x.pack.json"]);
    }

    [Fact]
    public void The_schema_is_a_draft_2020_12_schema()
    {
        var result = MetaSchemas.Draft202012.Evaluate(SchemaJson, Options);

        result.IsValid.Should().BeTrue(Errors(result));
        SchemaJson.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void Every_pack_file_meets_the_schema_and_names_it(string file)
    {
        var path = Path.Combine(ConventionTests.RepositoryRoot(), file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));

        var result = Schema.Value.Evaluate(json.RootElement, Options);

        result.IsValid.Should().BeTrue(Errors(result));
        var pointer = json.RootElement.GetProperty("$schema").GetString()!;
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, pointer)).Should().Be(Path.GetFullPath(SchemaPath));
    }

    [Fact]
    public void A_complete_pack_the_library_writes_meets_the_schema()
    {
        foreach (var pack in KnownPacks.All)
        {
            using var json = JsonDocument.Parse(PackFile.Write(pack));

            var result = Schema.Value.Evaluate(json.RootElement, Options);

            result.IsValid.Should().BeTrue(Errors(result));
        }
    }

    [Theory]
    [InlineData("/parameters/9/values/0/value", "1.2")]
    [InlineData("/parameters/0/unit", "\"Rate\"")]
    [InlineData("/parameters/3/values/0/value", "-1")]
    [InlineData("/parameters/0/values/0/value", "0")]
    [InlineData("/parameters/0/values/0/value", "10.5")]
    [InlineData("/parameters/0/key", "\"149.8.transfer-licence-net-income-shares\"")]
    [InlineData("/parameters/0/values/0/reference", "\" \"")]
    [InlineData("/level", "\"City\"")]
    [InlineData("/ruleSet", "\"baotou-2024-1\"")]
    [InlineData("/publishedOn", "\"2023-11-17T00:00:00\"")]
    [InlineData("/readings/profitYears", "\"CalendarYears\"")]
    [InlineData("/rate", "0.85")]
    [InlineData("/title/fr", "\"Mesures\"")]
    public void A_value_the_reader_refuses_the_schema_refuses_at_the_same_place(string pointer, string value)
    {
        var json = Shipped149();
        Set(json, pointer, JsonNode.Parse(value));

        var readerProblems = ReaderProblems(json);
        var result = Schema.Value.Evaluate(JsonDocument.Parse(json.ToJsonString()).RootElement, Options);

        readerProblems.Should().Contain(p => p.Field.StartsWith(JsonPath(pointer), StringComparison.Ordinal));
        result.IsValid.Should().BeFalse();
        result.Details.Should().Contain(d => !d.IsValid && d.InstanceLocation.ToString() == pointer);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("documentNumber")]
    [InlineData("title")]
    [InlineData("level")]
    [InlineData("publishedOn")]
    [InlineData("effectiveFrom")]
    [InlineData("ruleSet")]
    [InlineData("parameters")]
    public void A_field_the_schema_requires_the_reader_requires(string field)
    {
        var json = Shipped149();
        json.Remove(field);

        Schema.Value.Evaluate(JsonDocument.Parse(json.ToJsonString()).RootElement, Options).IsValid.Should().BeFalse();
        ReaderProblems(json).Should().Contain(p => p.Field == "$." + field || p.Field == "$");
        SchemaJson.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Contain(field);
    }

    [Theory]
    [InlineData("$schema")]
    [InlineData("issuedBy")]
    [InlineData("readings")]
    public void A_field_the_schema_leaves_optional_the_reader_does_too(string field)
    {
        var json = Shipped149();
        json.Remove(field);

        Schema.Value.Evaluate(JsonDocument.Parse(json.ToJsonString()).RootElement, Options).IsValid.Should().BeTrue();
        ReaderProblems(json).Should().BeEmpty();
    }

    [Fact]
    public void The_schemas_objects_have_exactly_the_properties_the_reader_binds()
    {
        var schema = SchemaJson;
        var defs = schema.GetProperty("$defs");
        var contract = RecordJsonContext.Compact;

        Names(schema).Should().BeEquivalentTo(Bound(contract.PackDocument));
        Names(defs.GetProperty("bilingual")).Should().BeEquivalentTo(Bound(contract.GetTypeInfo(typeof(Incentives.Policy.Files.PackText))!));
        Names(defs.GetProperty("change")).Should().BeEquivalentTo(Bound(contract.GetTypeInfo(typeof(Incentives.Policy.Files.PackChangeDocument))!));
        Names(defs.GetProperty("readings")).Should().BeEquivalentTo(Bound(contract.GetTypeInfo(typeof(Incentives.Policy.Files.PackReadingsDocument))!));
        Names(defs.GetProperty("parameter")).Should().BeEquivalentTo(Bound(contract.GetTypeInfo(typeof(Incentives.Policy.Files.PackParameterDocument))!));
        Names(defs.GetProperty("datedValue")).Should().BeEquivalentTo(Bound(contract.GetTypeInfo(typeof(Incentives.Policy.Files.PackValueDocument))!));
        foreach (var definition in new[] { schema, defs.GetProperty("bilingual"), defs.GetProperty("change"), defs.GetProperty("readings"), defs.GetProperty("parameter"), defs.GetProperty("datedValue") })
        {
            definition.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        }
    }

    [Fact]
    public void The_schemas_enums_are_the_libraries_enums_by_name()
    {
        var defs = SchemaJson.GetProperty("$defs");
        var readings = defs.GetProperty("readings").GetProperty("properties");

        Enum(defs.GetProperty("level")).Should().Equal(System.Enum.GetNames<PolicyLevel>());
        Enum(defs.GetProperty("unit")).Should().Equal(System.Enum.GetNames<ParameterUnit>());
        Enum(SchemaJson.GetProperty("properties").GetProperty("ruleSet")).Should().BeEquivalentTo(RuleSets.All);
        Enum(readings.GetProperty("transferOfficeRewardBasis")).Should().Equal(System.Enum.GetNames<TransformationIncomeBasis>());
        Enum(readings.GetProperty("profitYears")).Should().Equal(System.Enum.GetNames<ProfitYearConvention>());
        Enum(readings.GetProperty("exemptionPublicity")).Should().Equal(System.Enum.GetNames<ExemptionPublicityReading>());
        Enum(readings.GetProperty("transferOfficeEquity")).Should().Equal(System.Enum.GetNames<TransferOfficeEquityReading>());
        Enum(readings.GetProperty("incomeRetention")).Should().Equal(System.Enum.GetNames<IncomeRetentionScope>());
    }

    [Fact]
    public void The_schemas_parameter_keys_and_units_are_those_the_rule_sets_read()
    {
        var defs = SchemaJson.GetProperty("$defs");
        var parameter = defs.GetProperty("parameter");
        var declared = RuleSets.All.SelectMany(RuleSets.ParametersReadBy).ToArray();

        Enum(parameter.GetProperty("properties").GetProperty("key")).Should().BeEquivalentTo(declared.Select(p => p.Key));
        Enum(defs.GetProperty("change").GetProperty("properties").GetProperty("parameters").GetProperty("items")).Should().BeEquivalentTo(declared.Select(p => p.Key));
        var units = parameter.GetProperty("allOf").EnumerateArray()
            .Where(c => c.GetProperty("if").GetProperty("properties").TryGetProperty("key", out _))
            .ToDictionary(
                c => c.GetProperty("if").GetProperty("properties").GetProperty("key").GetProperty("const").GetString()!,
                c => c.GetProperty("then").GetProperty("properties").GetProperty("unit").GetProperty("const").GetString()!);
        units.Should().BeEquivalentTo(declared.ToDictionary(p => p.Key, p => p.Unit.ToString()));

        foreach (var ruleSet in RuleSets.All)
        {
            var keys = RuleSets.ParametersReadBy(ruleSet).Select(p => p.Key).ToArray();
            var conditions = SchemaJson.GetProperty("allOf").EnumerateArray()
                .Where(c => c.TryGetProperty("if", out var condition) && condition.GetProperty("properties").TryGetProperty("ruleSet", out var r) && r.GetProperty("const").GetString() == ruleSet)
                .Select(c => c.GetProperty("then").GetProperty("properties").GetProperty("parameters"))
                .ToArray();
            conditions.Should().HaveCount(2, "one condition names the keys of {0}, the other requires each of them in a pack of its own", ruleSet);
            Enum(conditions[0].GetProperty("items").GetProperty("properties").GetProperty("key")).Should().BeEquivalentTo(keys);
            conditions[1].GetProperty("allOf").EnumerateArray()
                .Select(c => c.GetProperty("contains").GetProperty("properties").GetProperty("key").GetProperty("const").GetString())
                .Should().BeEquivalentTo(keys);
        }
    }

    [Fact]
    public void The_schemas_limits_are_the_readers()
    {
        var defs = SchemaJson.GetProperty("$defs");
        var ranges = defs.GetProperty("parameter").GetProperty("allOf").EnumerateArray()
            .Where(c => c.GetProperty("if").GetProperty("properties").TryGetProperty("unit", out _))
            .ToDictionary(
                c => c.GetProperty("if").GetProperty("properties").GetProperty("unit").GetProperty("const").GetString()!,
                c => c.GetProperty("then").GetProperty("properties").GetProperty("values").GetProperty("items").GetProperty("properties").GetProperty("value"));

        foreach (var (unit, range) in ranges)
        {
            var parsed = System.Enum.Parse<ParameterUnit>(unit);
            var minimum = range.GetProperty("minimum").GetDecimal();
            var maximum = range.GetProperty("maximum").GetDecimal();
            Incentives.Policy.PackChecks.RangeProblem(parsed, minimum).Should().BeNull();
            Incentives.Policy.PackChecks.RangeProblem(parsed, maximum).Should().BeNull();
            Incentives.Policy.PackChecks.RangeProblem(parsed, minimum - (parsed == ParameterUnit.Rate ? 0.0001m : 1m)).Should().NotBeNull();
            Incentives.Policy.PackChecks.RangeProblem(parsed, maximum + (parsed == ParameterUnit.Rate ? 0.0001m : 1m)).Should().NotBeNull();
        }

        ranges.Keys.Should().BeEquivalentTo(System.Enum.GetNames<ParameterUnit>());
        defs.GetProperty("text").GetProperty("maxLength").GetInt32().Should().Be(Validation.Guard.MaximumTextLength);
        defs.GetProperty("datedValue").GetProperty("properties").GetProperty("reference").GetProperty("maxLength").GetInt32()
            .Should().Be(Incentives.Policy.Files.PackDefinition.MaximumReferenceLength);
    }

    private static JsonObject Shipped149() => JsonNode.Parse(File.ReadAllText(Path.Combine(
        ConventionTests.RepositoryRoot(), "src", "Baotou.Incentives", "Policy", "Packs", "baotou-2023-149.pack.json")))!.AsObject();

    private static IReadOnlyList<Validation.ValidationProblem> ReaderProblems(JsonObject json)
    {
        try
        {
            PackFile.Parse(json.ToJsonString());
            return [];
        }
        catch (Validation.IncentiveValidationException e)
        {
            return e.Problems;
        }
    }

    /// <summary>Sets the value at a JSON Pointer, adding the last property when it is new.</summary>
    private static void Set(JsonObject root, string pointer, JsonNode? value)
    {
        var parts = pointer.Trim('/').Split('/');
        JsonNode node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        if (int.TryParse(parts[^1], out var last))
        {
            node[last] = value;
        }
        else
        {
            node[parts[^1]] = value;
        }
    }

    /// <summary>A JSON Pointer as the reader's JSON path: <c>/parameters/9/value</c> is <c>$.parameters[9].value</c>.</summary>
    private static string JsonPath(string pointer) =>
        "$" + string.Concat(pointer.Trim('/').Split('/').Select(part => int.TryParse(part, out _) ? $"[{part}]" : "." + part));

    private static IEnumerable<string> Names(JsonElement definition) =>
        definition.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    private static IEnumerable<string> Bound(System.Text.Json.Serialization.Metadata.JsonTypeInfo info) =>
        info.Properties.Select(p => p.Name);

    /// <summary>The names of an enum, also when it is wrapped with null as one option of <c>anyOf</c>.</summary>
    private static IEnumerable<string> Enum(JsonElement definition) =>
        (definition.TryGetProperty("enum", out var values) ? values
            : definition.GetProperty("anyOf").EnumerateArray().First(o => o.TryGetProperty("enum", out _)).GetProperty("enum"))
        .EnumerateArray().Select(v => v.GetString()!);

    private static string Errors(EvaluationResults result) => string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")));
}
