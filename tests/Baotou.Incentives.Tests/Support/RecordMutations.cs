using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Baotou.Incentives.Tests.Support;

/// <summary>
/// Every edit an adversary makes to a record with a script, each written canonically with its digest recomputed as a reader
/// would recompute it (SHA-256 over the compact writing with the digest empty and no signature), so that nothing but strict
/// reading and replay can tell: each leaf changed (a string lengthened and emptied, a number moved by one, re-spelt with an
/// exponent and written with one more decimal place, a
/// boolean flipped, a null filled), each property deleted, an unknown property added, an object's first two properties
/// swapped, each array element deleted, the first duplicated and the first two swapped, and a value null where one was.
/// Built on the tree, not through the library's reader, so a mutant the reader cannot bind is still made.
/// </summary>
internal static class RecordMutations
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly JsonSerializerOptions Compact = new() { Encoder = Encoder };

    /// <summary>A mutant: what was done, where, and the record's text after it.</summary>
    internal sealed record Mutant(string Path, string Edit, string Json);

    /// <summary>Every mutant of <paramref name="json"/>, lazily, in a fixed order, its digest recomputed unless <paramref name="recomputeDigest"/> is false.</summary>
    internal static IEnumerable<Mutant> Of(string json, bool recomputeDigest = true)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        foreach (var (path, edit, apply) in Edits(root, "$"))
        {
            if (path == "$.digest")
            {
                continue;
            }

            var copy = JsonNode.Parse(json)!.AsObject();
            apply(copy);
            yield return new Mutant(path, edit, recomputeDigest ? WithDigestRecomputed(copy) : Forgery.Write(copy));
        }
    }

    /// <summary>The tree written as the library writes a record, with the digest a reader would compute from it.</summary>
    internal static string WithDigestRecomputed(JsonObject root)
    {
        var content = root.DeepClone().AsObject();
        content.Remove("signature");
        if (content.ContainsKey("digest"))
        {
            content["digest"] = string.Empty;
        }

        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToJsonString(Compact))));
        if (root.ContainsKey("digest"))
        {
            root["digest"] = digest;
        }

        return Forgery.Write(root);
    }

    private static IEnumerable<(string Path, string Edit, Action<JsonObject> Apply)> Edits(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                var names = obj.Select(p => p.Key).ToArray();
                foreach (var name in names)
                {
                    var childPath = $"{path}.{name}";
                    yield return (childPath, "deleted", r => Parent(r, path).AsObject().Remove(name));
                    if (obj[name] is { } child)
                    {
                        foreach (var edit in Edits(child, childPath))
                        {
                            yield return edit;
                        }
                    }
                    else
                    {
                        yield return (childPath, "null filled with a string", r => Parent(r, path).AsObject()[name] = "x");
                    }
                }

                yield return ($"{path}.unknownProperty", "added", r => Parent(r, path).AsObject()["unknownProperty"] = 1);
                if (names.Length >= 2)
                {
                    yield return (path, "first two properties swapped", r =>
                    {
                        var o = Parent(r, path).AsObject();
                        var first = o[names[0]];
                        o.Remove(names[0]);
                        var rest = o.Select(p => (p.Key, Value: p.Value)).ToArray();
                        o.Clear();
                        o[rest[0].Key] = rest[0].Value;
                        o[names[0]] = first;
                        foreach (var (key, value) in rest.Skip(1))
                        {
                            o[key] = value;
                        }
                    });
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    yield return ($"{path}[{i}]", "element deleted", r => Parent(r, path).AsArray().RemoveAt(index));
                    if (array[i] is { } element)
                    {
                        foreach (var edit in Edits(element, $"{path}[{i}]"))
                        {
                            yield return edit;
                        }
                    }
                }

                if (array.Count >= 1)
                {
                    yield return ($"{path}[0]", "first element duplicated", r =>
                    {
                        var a = Parent(r, path).AsArray();
                        a.Insert(0, a[0]?.DeepClone());
                    });
                }

                if (array.Count >= 2)
                {
                    yield return ($"{path}[0]", "first two elements swapped", r =>
                    {
                        var a = Parent(r, path).AsArray();
                        var first = a[0];
                        a.RemoveAt(0);
                        a.Insert(1, first);
                    });
                }

                break;
            case JsonValue value:
                foreach (var (edit, replacement) in Replacements(value))
                {
                    var forged = replacement;
                    yield return (path, edit, r => Replace(r, path, JsonNode.Parse(forged)));
                }

                yield return (path, "set to null", r => Replace(r, path, null));
                break;
        }
    }

    private static IEnumerable<(string Edit, string Json)> Replacements(JsonValue value)
    {
        var element = value.GetValue<JsonElement>();
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var text = element.GetString()!;
                yield return ("string lengthened", JsonSerializer.Serialize(text + "1", Compact));
                yield return ("string emptied", "\"\"");
                break;
            case JsonValueKind.Number:
                var number = element.GetDecimal();
                yield return ("number moved by one", (number + 1).ToString(CultureInfo.InvariantCulture));
                yield return ("number re-spelt", Respelt(element.GetRawText()));
                yield return ("number scale widened", element.GetRawText() + (element.GetRawText().Contains('.', StringComparison.Ordinal) ? "0" : ".0"));
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                yield return ("boolean flipped", element.ValueKind == JsonValueKind.True ? "false" : "true");
                break;
        }
    }

    /// <summary>The same decimal, digits and scale alike, spelt with an exponent: <c>600000.00</c> as <c>60000000E-2</c>, <c>3</c> as <c>3E0</c>.</summary>
    private static string Respelt(string raw)
    {
        var sign = raw.StartsWith('-') ? "-" : string.Empty;
        var unsigned = raw.TrimStart('-');
        var dot = unsigned.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return raw + "E0";
        }

        var digits = unsigned.Remove(dot, 1).TrimStart('0');
        return sign + (digits.Length == 0 ? "0" : digits) + "E-" + (unsigned.Length - dot - 1).ToString(CultureInfo.InvariantCulture);
    }

    private static void Replace(JsonObject root, string path, JsonNode? value)
    {
        var (parent, key) = Split(path);
        var container = Parent(root, parent);
        if (key is string name)
        {
            container.AsObject()[name] = value;
        }
        else
        {
            container.AsArray()[(int)key] = value;
        }
    }

    private static (string Parent, object Key) Split(string path)
    {
        if (path.EndsWith(']'))
        {
            var open = path.LastIndexOf('[');
            return (path[..open], int.Parse(path[(open + 1)..^1], CultureInfo.InvariantCulture));
        }

        var dot = path.LastIndexOf('.');
        return (path[..dot], path[(dot + 1)..]);
    }

    private static JsonNode Parent(JsonObject root, string path)
    {
        JsonNode node = root;
        var rest = path[1..];
        while (rest.Length > 0)
        {
            if (rest[0] == '.')
            {
                var end = rest.IndexOfAny(['.', '['], 1);
                var name = end < 0 ? rest[1..] : rest[1..end];
                node = node[name]!;
                rest = end < 0 ? string.Empty : rest[end..];
            }
            else
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                node = node[int.Parse(rest[1..close], CultureInfo.InvariantCulture)]!;
                rest = rest[(close + 1)..];
            }
        }

        return node;
    }
}
