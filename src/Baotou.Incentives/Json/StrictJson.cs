using System.Text;
using System.Text.Json;

namespace Baotou.Incentives.Json;

/// <summary>
/// The first pass of every reader (records, case files, policy cases), before any value is bound: one UTF-8 byte-order mark
/// is skipped (an editor may add one; nothing else may precede the document), an empty document is called empty, and the
/// text must be well-formed JSON no deeper than <see cref="JsonDocuments.MaximumDepth"/> in which no object names a property
/// twice. A duplicate would let a person read one value while the library binds the other, so every duplicate is refused,
/// all of them at once, naming each path. One code path on every target framework (System.Text.Json 8 has no switch for it).
/// </summary>
internal static class StrictJson
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The document without its byte-order mark, once it is known to be well-formed and free of duplicate names.</summary>
    /// <exception cref="Validation.IncentiveValidationException">Empty, malformed, too deep, or with duplicate property names.</exception>
    internal static ReadOnlySpan<byte> Check(ReadOnlySpan<byte> utf8Json, string what)
    {
        var text = utf8Json.StartsWith(ByteOrderMark) ? utf8Json[ByteOrderMark.Length..] : utf8Json;
        if (text.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw JsonProblem.Refusal("$", $"is empty: a {what} is a JSON object");
        }

        var duplicates = new List<Validation.ValidationProblem>();
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = JsonDocuments.MaximumDepth });
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        frames.Push(new Frame(PathOf(frames), isArray: false));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Push(new Frame(PathOf(frames), isArray: true));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        Advance(frames);
                        break;
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        frame.Name = reader.GetString()!;
                        if (!frame.Names.Add(frame.Name))
                        {
                            duplicates.Add(JsonProblem.At($"{frame.Path}.{frame.Name}",
                                "is given twice in one object: a reader would see one value and the library another"));
                        }

                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw JsonProblem.Refusal("$", "is not well-formed JSON: " + e.Message.Split(" LineNumber:", 2)[0]
                + (e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty));
        }

        return duplicates.Count == 0 ? text : throw new Validation.IncentiveValidationException(duplicates);
    }

    /// <summary>The line (from 1) of the first byte where two documents differ, for a "not canonical" message.</summary>
    internal static int FirstDifferingLine(ReadOnlySpan<byte> given, ReadOnlySpan<byte> canonical)
    {
        var common = given.CommonPrefixLength(canonical);
        return given[..common].Count((byte)'\n') + 1;
    }

    /// <summary>Text of a span for a message, cut short.</summary>
    internal static string Excerpt(ReadOnlySpan<byte> utf8, int limit = 60) =>
        Encoding.UTF8.GetString(utf8[..Math.Min(utf8.Length, limit)]);

    private static string PathOf(Stack<Frame> frames) => frames.TryPeek(out var parent)
        ? parent.IsArray ? $"{parent.Path}[{parent.Index}]" : $"{parent.Path}.{parent.Name}"
        : "$";

    private static void Advance(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var parent) && parent.IsArray)
        {
            parent.Index++;
        }
    }

    private sealed class Frame(string path, bool isArray)
    {
        internal string Path { get; } = path;

        internal bool IsArray { get; } = isArray;

        internal int Index { get; set; }

        internal string Name { get; set; } = string.Empty;

        internal HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
