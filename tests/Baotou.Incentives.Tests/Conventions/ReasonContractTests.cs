using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// A reason's contract is its code and its arguments: what a record carries and a host reads. The public API ledger does not
/// list reasons (so that adding one is its own file and two catalog entries), and these checks hold what it held: only
/// reasons stand in their namespace, a reason's public surface is its arguments and nothing else, and every reason writes its
/// code and arguments by name and reads back the same. Each check names every offender at once.
/// </summary>
public sealed class ReasonContractTests
{
    private const string ReasonsNamespace = "Baotou.Incentives.Outcomes.Reasons";

    private static readonly Type[] PublicTypesInReasons =
        typeof(IReason).Assembly.GetExportedTypes().Where(t => t.Namespace == ReasonsNamespace).ToArray();

    [Fact]
    public void Only_sealed_reason_records_with_a_code_stand_where_the_ledger_does_not_look()
    {
        PublicTypesInReasons.Should().NotBeEmpty();
        PublicTypesInReasons
            .Where(t => !typeof(IReason).IsAssignableFrom(t) || !t.IsSealed || !IsRecord(t) || t.GetCustomAttribute<ReasonCodeAttribute>() is null)
            .Select(t => t.Name)
            .Should().BeEmpty("the ledger's exemption covers reasons only; anything else public belongs in another namespace");
    }

    [Fact]
    public void A_reasons_public_surface_is_its_arguments()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypesInReasons)
        {
            var arguments = type.GetConstructors().Single().GetParameters().Select(p => (p.Name!, p.ParameterType)).ToArray();
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(p => (p.Name, p.PropertyType)).ToArray();
            if (!arguments.SequenceEqual(properties))
            {
                problems.Add($"{type.Name}: properties ({string.Join(", ", properties)}) are not its arguments ({string.Join(", ", arguments)})");
            }

            var extra = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !RecordMembers.Contains(m.Name))
                .Select(m => m.Name);
            problems.AddRange(extra.Select(m => $"{type.Name}: public method {m} is more than an argument"));
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_reason_writes_its_code_and_arguments_by_name_and_reads_back_the_same()
    {
        var problems = new List<string>();
        foreach (var (type, code) in ReasonTypes.All)
        {
            var reason = ReasonExamples.Of(type);
            var json = JsonSerializer.Serialize(reason, ReasonJsonConverter.Contract);
            using var document = JsonDocument.Parse(json);
            var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
            var expected = new[] { "code" }.Concat(type.GetConstructors().Single().GetParameters().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)));
            if (document.RootElement.GetProperty("code").GetString() != code || !names.SequenceEqual(expected))
            {
                problems.Add($"{type.Name} writes {json}");
            }

            if (!Equals(JsonSerializer.Deserialize(json, ReasonJsonConverter.Contract), reason))
            {
                problems.Add($"{type.Name} does not read back from {json}");
            }
        }

        problems.Should().BeEmpty();
    }

    // What the compiler writes for every positional record; anything else public was written by hand.
    private static readonly HashSet<string> RecordMembers = ["Equals", "GetHashCode", "ToString", "Deconstruct", "<Clone>$"];

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance)?.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;
}
