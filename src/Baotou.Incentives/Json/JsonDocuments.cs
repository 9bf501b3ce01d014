using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Baotou.Incentives.Json;

/// <summary>
/// The strict reader every document goes through once (case file, pack file, policy case, record), the writer settings
/// every document is written with, and their limits. Each room binds with its own source-generated contract
/// (<c>PackJsonContext</c>, <c>RecordJsonContext</c>, <c>PolicyCaseJsonContext</c>), all configured by <see cref="Compact"/>.
/// </summary>
internal static class JsonDocuments
{
    /// <summary>The largest document read or written, in bytes (<see cref="InputLimits.MaximumBytes"/>).</summary>
    internal const int MaximumBytes = InputLimits.MaximumBytes;

    /// <summary>The deepest nesting read: records nest about six levels; anything deeper is not a record.</summary>
    internal const int MaximumDepth = 32;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    internal static readonly JsonWriterOptions CompactWriter = new() { Encoder = Encoder, MaxDepth = MaximumDepth };

    /// <summary>
    /// A contract's generated options with the settings of every contract of the library, declared here once rather than on
    /// each context: camelCase names, enums by name, ISO dates, no number written as a string, no property the contract does
    /// not know; and the house's writing settings: every character as itself, the depth limit, nulls left out.
    /// </summary>
    internal static JsonSerializerOptions Compact(JsonSerializerOptions generated) => new(generated)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        Converters = { new LocalDateJsonConverter(), new EnumsByName() },
        Encoder = Encoder,
        MaxDepth = MaximumDepth,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    // Indentation comes from the writer, not from a second set of options: a document's contract is then configured once, not
    // once per layout, and configuring a contract is most of what a fresh process's first read or write of a record costs.
    private static readonly JsonWriterOptions IndentedWriter = new() { Encoder = Encoder, MaxDepth = MaximumDepth, Indented = true };

    /// <summary>
    /// Reads a document of the given shape within the limits, every failure a problem naming where: the size, then
    /// <see cref="StrictJson.Parse"/> (byte-order mark, empty, malformed, too deep, duplicate names), then every problem of
    /// shape at once (<see cref="JsonShape"/>), then the binding.
    /// </summary>
    internal static T Read<T>(ReadOnlySpan<byte> utf8Json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string what)
    {
        InputLimits.RequireWithin(utf8Json.Length, what);
        using var tree = StrictJson.Parse(utf8Json, what);
        return Bind(tree, info, what);
    }

    /// <summary>As <see cref="Read"/>, for a tree <see cref="StrictJson.Parse"/> has given: its shape is checked, then it is bound.</summary>
    internal static T Bind<T>(JsonDocument tree, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string what)
    {
        if (tree.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw JsonProblem.Refusal("$", $"must be a {what}: a JSON object; was {JsonShape.Describe(tree.RootElement)}");
        }

        var problems = JsonShape.Problems(tree.RootElement, info, "$");
        if (problems.Count > 0)
        {
            throw new Validation.IncentiveValidationException(problems);
        }

        try
        {
            return tree.RootElement.Deserialize(info) ?? throw JsonProblem.Refusal("$", $"must be a {what} object, not null");
        }
        catch (JsonException e)
        {
            throw JsonProblem.Refusal(e.Path ?? "$", Describe(e));
        }
    }

    /// <summary>
    /// Canonical indented text of a value, by its compact contract: <c>\n</c> line ends on every platform (the writer uses the
    /// platform's on .NET 8) and a final newline.
    /// </summary>
    internal static string WriteIndented<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, IndentedWriter))
        {
            JsonSerializer.Serialize(writer, value, info);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Refuses a document whose required properties are absent, naming all of them (the serializer would leave them null).</summary>
    internal static void RequireProperties(string path, params (string Name, object? Value)[] properties)
    {
        var missing = properties.Where(p => p.Value is null).Select(p => p.Name).ToArray();
        if (missing.Length > 0)
        {
            throw JsonProblem.Refusal(path, $"lacks required properties: {string.Join(", ", missing)}");
        }
    }

    /// <summary>A reader's message without the serializer's internals: what was wrong, and where.</summary>
    internal static string Describe(JsonException e) =>
        WithoutTypeNames((e.InnerException is InvalidOperationException or FormatException or OverflowException ? e.InnerException.Message : e.Message)
            .Split(" Path:", 2)[0]);

    /// <summary>A message with every .NET type name replaced by its last part in lower case (<c>Baotou.Incentives.Facts.Unit</c> becomes <c>unit</c>).</summary>
    internal static string WithoutTypeNames(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"(?:Baotou\.Incentives|System|NodaTime)(?:\.[A-Za-z_][\w`]*)+(?:\[[^\]]*\])?",
            m => m.Value.Split('[')[0].Split('.')[^1].Split('`')[0].ToLowerInvariant());
}
