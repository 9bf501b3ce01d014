using System.Text.Json.Nodes;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Support;

/// <summary>The repository's pack files as editable JSON, and the problems the reader says about a pack file.</summary>
internal static class PackFiles
{
    internal static string SamplePath => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "packs", "baotou-2025-x.pack.json");

    internal static string ShippedPath(string packId) =>
        Path.Combine(ConventionTests.RepositoryRoot(), "src", "Baotou.Incentives", "Policy", "Packs", packId + ".pack.json");

    /// <summary>samples/packs/baotou-2025-x.pack.json: 149号's successor with 85% of net income from 2025-07-01.</summary>
    internal static JsonObject Successor() => JsonNode.Parse(File.ReadAllText(SamplePath))!.AsObject();

    /// <summary>The shipped file of a pack, e.g. <c>baotou-2023-149</c>.</summary>
    internal static JsonObject Shipped(string packId) => JsonNode.Parse(File.ReadAllText(ShippedPath(packId)))!.AsObject();

    /// <summary>Each problem the reader says, as <c>path: reason</c>; none when the file reads.</summary>
    internal static IReadOnlyList<string> Problems(string json)
    {
        try
        {
            PackFile.Parse(json);
            return [];
        }
        catch (IncentiveValidationException e)
        {
            return e.Problems.Select(p => $"{p.Field}: {p.Reason}").ToArray();
        }
    }

    internal static IReadOnlyList<string> Problems(JsonNode json) => Problems(json.ToJsonString());
}
