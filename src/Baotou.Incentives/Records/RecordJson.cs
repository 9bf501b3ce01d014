using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Baotou.Incentives.Records;

/// <summary>The serializer settings every record and case file is written and read with, and their limits.</summary>
internal static class RecordJson
{
    /// <summary>The largest document read or written, in bytes (<see cref="InputLimits.MaximumBytes"/>).</summary>
    internal const int MaximumBytes = InputLimits.MaximumBytes;

    /// <summary>The deepest nesting read: records nest about six levels; anything deeper is not a record.</summary>
    internal const int MaximumDepth = 32;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    internal static readonly JsonWriterOptions CompactWriter = new() { Encoder = Encoder, MaxDepth = MaximumDepth };

    internal static readonly RecordJsonContext Compact = new(new JsonSerializerOptions(RecordJsonContext.Default.Options)
    {
        Encoder = Encoder,
        MaxDepth = MaximumDepth,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    });

    // Indentation comes from the writer, not from a second set of options: a document's contract is then configured once, not
    // once per layout, and configuring a contract is most of what a fresh process's first read or write of a record costs.
    private static readonly JsonWriterOptions IndentedWriter = new() { Encoder = Encoder, MaxDepth = MaximumDepth, Indented = true };

    internal static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaximumDepth };

    /// <summary>
    /// Reads a document of the given shape within the limits, every failure a problem naming where: the size, then
    /// <see cref="StrictJson.Check"/> (byte-order mark, empty, malformed, too deep, duplicate names), then every problem of
    /// shape at once (<see cref="JsonShape"/>), then the binding.
    /// </summary>
    internal static T Read<T>(ReadOnlySpan<byte> utf8Json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string what)
    {
        InputLimits.RequireWithin(utf8Json.Length, what);
        return ReadChecked(StrictJson.Check(utf8Json, what), info, what);
    }

    /// <summary>As <see cref="Read"/>, for text that has passed <see cref="StrictJson.Check"/> already.</summary>
    internal static T ReadChecked<T>(ReadOnlySpan<byte> text, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string what)
    {
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = MaximumDepth });
        using (var document = JsonDocument.ParseValue(ref reader))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw FactJson.Problem("$", $"must be a {what}: a JSON object; was {JsonShape.Describe(document.RootElement)}");
            }

            var problems = JsonShape.Problems(document.RootElement, info, "$");
            if (problems.Count > 0)
            {
                throw new Validation.IncentiveValidationException(problems);
            }
        }

        try
        {
            return JsonSerializer.Deserialize(text, info) ?? throw FactJson.Problem("$", $"must be a {what} object, not null");
        }
        catch (JsonException e)
        {
            throw FactJson.Problem(e.Path ?? "$", Describe(e));
        }
    }

    /// <summary>
    /// Builds a case from JSON facts: each through its constructor, then the relations between them, and says every problem
    /// at once. A relation that names a fact which itself failed to read is left out: that fact's own problem is the cause.
    /// </summary>
    internal static Facts.IncentiveCase BuildCase(string id, IReadOnlyList<JsonElement> facts, string path)
    {
        if (facts.Count > InputLimits.MaximumFacts)
        {
            throw FactJson.Problem(path, $"has {facts.Count} facts; a case read from JSON may hold at most {InputLimits.MaximumFacts} (so that its record stays within {MaximumBytes} bytes)");
        }

        var problems = new List<Validation.ValidationProblem>();
        var read = new List<Facts.ICaseFact>(facts.Count);
        var unread = new List<string>();
        for (var i = 0; i < facts.Count; i++)
        {
            if (FactJson.TryRead(facts[i], $"{path}[{i}]", problems) is { } fact)
            {
                read.Add(fact);
            }
            else if (IdOf(facts[i]) is { } unreadId)
            {
                unread.Add($"'{unreadId}'");
            }
        }

        Facts.IncentiveCase incentiveCase;
        try
        {
            incentiveCase = new Facts.IncentiveCase(id, read);
        }
        catch (Validation.IncentiveValidationException e)
        {
            throw new Validation.IncentiveValidationException([.. problems, .. e.Problems]);
        }

        problems.AddRange(Validation.CaseValidator.Problems(incentiveCase)
            .Where(p => problems.Count == 0 || !(p.Reason.Contains("must include at least one", StringComparison.Ordinal) || unread.Any(u => p.Reason.Contains(u, StringComparison.Ordinal)))));
        return problems.Count == 0 ? incentiveCase : throw new Validation.IncentiveValidationException(problems);
    }

    private static string? IdOf(JsonElement fact) =>
        fact.ValueKind == JsonValueKind.Object && fact.EnumerateObject().FirstOrDefault().Value is { ValueKind: JsonValueKind.Object } fields
            && fields.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

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
            throw FactJson.Problem(path, $"lacks required properties: {string.Join(", ", missing)}");
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
