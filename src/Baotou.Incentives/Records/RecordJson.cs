using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Baotou.Incentives.Records;

/// <summary>The serializer settings every record and case file is written and read with, and their limits.</summary>
internal static class RecordJson
{
    /// <summary>The largest document read, in bytes: far above any real case (a case of 10,000 facts is about 2 MB).</summary>
    internal const int MaximumBytes = 16 * 1024 * 1024;

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

    internal static readonly RecordJsonContext Indented = new(new JsonSerializerOptions(Compact.Options) { WriteIndented = true });

    internal static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaximumDepth };

    /// <summary>Reads a document of the given shape within the limits, every failure a problem naming where.</summary>
    internal static T Read<T>(ReadOnlySpan<byte> utf8Json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string what)
    {
        if (utf8Json.Length > MaximumBytes)
        {
            throw FactJson.Problem("$", $"is {utf8Json.Length} bytes; a {what} may be at most {MaximumBytes} bytes");
        }

        try
        {
            return JsonSerializer.Deserialize(utf8Json, info) ?? throw FactJson.Problem("$", $"must be a {what} object, not null");
        }
        catch (JsonException e)
        {
            throw FactJson.Problem(e.Path ?? "$", Describe(e));
        }
    }

    /// <summary>Builds a case from JSON facts: each through its constructor, then the relations between them.</summary>
    internal static Facts.IncentiveCase BuildCase(string id, IReadOnlyList<JsonElement> facts, string path)
    {
        var read = facts.Select((f, i) => FactJson.Read(f, $"{path}[{i}]")).ToArray();
        Facts.IncentiveCase incentiveCase;
        try
        {
            incentiveCase = new Facts.IncentiveCase(id, read);
        }
        catch (Validation.InvalidFactException e)
        {
            throw new Validation.IncentiveValidationException([e.Problem]);
        }

        var problems = Validation.CaseValidator.Problems(incentiveCase);
        return problems.Count == 0 ? incentiveCase : throw new Validation.IncentiveValidationException(problems);
    }

    /// <summary>Canonical indented text: <c>\n</c> line ends on every platform (the writer uses the platform's on .NET 8) and a final newline.</summary>
    internal static string WriteIndented<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        JsonSerializer.Serialize(value, info).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

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
        (e.InnerException is InvalidOperationException or FormatException or OverflowException ? e.InnerException.Message : e.Message)
            .Split(" Path:", 2)[0];
}
