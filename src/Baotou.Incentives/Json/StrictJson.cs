using System.Text.Json;

namespace Baotou.Incentives.Json;

/// <summary>
/// The one parse of every reader (records, case files, packs, policy cases), before any value is bound: one UTF-8 byte-order
/// mark is skipped (an editor may add one; nothing else may precede the document), an empty document is called empty, and
/// the text must be well-formed JSON no deeper than <see cref="JsonDocuments.MaximumDepth"/> in which no object names a
/// property twice. A duplicate would let a person read one value while the library binds the other, so every duplicate is
/// refused, all of them at once, naming each path. The tree it gives is what the reader checks and binds: the bytes are
/// parsed once. One code path on every target framework (System.Text.Json 8 has no switch for duplicates).
/// </summary>
internal static class StrictJson
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The document without its byte-order mark, if it has one.</summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith(ByteOrderMark) ? utf8Json[ByteOrderMark.Length..] : utf8Json;

    /// <summary>The document as a tree, once it is known to be well-formed and free of duplicate names.</summary>
    /// <exception cref="Validation.IncentiveValidationException">Empty, malformed, too deep, or with duplicate property names.</exception>
    internal static JsonDocument Parse(ReadOnlySpan<byte> utf8Json, string what)
    {
        var text = WithoutByteOrderMark(utf8Json);
        if (text.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw JsonProblem.Refusal("$", $"is empty: a {what} is a JSON object");
        }

        JsonDocument? tree = null;
        try
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = JsonDocuments.MaximumDepth });
            tree = JsonDocument.ParseValue(ref reader);

            // Past the one value only white space may follow: a second value or a comment throws here, in the reader's words.
            _ = reader.Read();
        }
        catch (JsonException e)
        {
            tree?.Dispose();
            throw JsonProblem.Refusal("$", "is not well-formed JSON: " + e.Message.Split(" LineNumber:", 2)[0]
                + (e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty));
        }

        var duplicates = new List<Validation.ValidationProblem>();
        AddDuplicates(tree.RootElement, "$", duplicates);
        if (duplicates.Count == 0)
        {
            return tree;
        }

        tree.Dispose();
        throw new Validation.IncentiveValidationException(duplicates);
    }

    /// <summary>Every name given twice in one object, in the order a reader meets them.</summary>
    private static void AddDuplicates(JsonElement element, string path, List<Validation.ValidationProblem> duplicates)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!names.Add(property.Name))
                {
                    duplicates.Add(JsonProblem.At($"{path}.{property.Name}",
                        "is given twice in one object: a reader would see one value and the library another"));
                }

                AddDuplicates(property.Value, $"{path}.{property.Name}", duplicates);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                AddDuplicates(item, $"{path}[{index++}]", duplicates);
            }
        }
    }

    /// <summary>The line (from 1) of the first byte where two documents differ, for a "not canonical" message.</summary>
    internal static int FirstDifferingLine(ReadOnlySpan<byte> given, ReadOnlySpan<byte> canonical)
    {
        var common = given.CommonPrefixLength(canonical);
        return given[..common].Count((byte)'\n') + 1;
    }
}
