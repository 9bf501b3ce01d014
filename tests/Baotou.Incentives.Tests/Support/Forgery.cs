using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Baotou.Incentives.Records;

namespace Baotou.Incentives.Tests.Support;

/// <summary>
/// What a hostile reader does with a twenty-line script: edit a record by JSON path, write it back canonically and recompute
/// the digest, so that nothing but replay (or a signature) can tell.
/// </summary>
internal static class Forgery
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The record with <paramref name="edit"/> applied to its tree, canonical, with its digest recomputed.</summary>
    internal static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return WithDigestRecomputed(Write(root));
    }

    /// <summary>The record with the value at <paramref name="path"/> (e.g. <c>$.entitlements[0].beneficiary</c>) replaced.</summary>
    internal static string Set(string json, string path, JsonNode? value) => Edit(json, root =>
    {
        var (parent, key) = Locate(root, path);
        if (parent is JsonObject o)
        {
            o[(string)key] = value;
        }
        else
        {
            parent.AsArray()[(int)key] = value;
        }
    });

    /// <summary>The node at a path like <c>$.trace[3].measure</c>.</summary>
    internal static JsonNode? At(JsonNode root, string path)
    {
        var (parent, key) = Locate(root, path);
        return key is string name ? parent[name] : parent[(int)key];
    }

    /// <summary>Writes a tree as the library writes a record: indented, every character as itself, <c>\n</c> line ends, a final newline.</summary>
    internal static string Write(JsonNode root) => root.ToJsonString(Canonical).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>The same text with the digest a reader would compute from it.</summary>
    internal static string WithDigestRecomputed(string json)
    {
        var record = DecisionRecord.Parse(json);
        var root = JsonNode.Parse(json)!.AsObject();
        root["digest"] = DecisionRecord.DigestOf(record.Document);
        return Write(root);
    }

    private static (JsonNode Parent, object Key) Locate(JsonNode root, string path)
    {
        var steps = path.TrimStart('$').Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.StartsWith('[') ? (object)int.Parse(s.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture) : s).ToArray();
        var node = root;
        foreach (var step in steps[..^1])
        {
            node = (step is string name ? node[name] : node[(int)step]) ?? throw new ArgumentException($"no node at {path}");
        }

        return (node, steps[^1]);
    }
}
