using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Json;

/// <summary>
/// Checks a JSON document against the shape the serializer will bind it to, before binding, and says every problem at once
/// in the reader's words: an unknown property with the nearest known one, an enum name with the valid ones, a value of the
/// wrong JSON kind, a number a decimal cannot hold exactly (it would be rounded without a word). The shape is read from the
/// source-generated contract, so a new field of a fact or an outcome is checked without code here. No .NET type name is said.
/// </summary>
internal static class JsonShape
{
    /// <summary>The most significant digits a <see cref="decimal"/> holds exactly.</summary>
    private const int DecimalDigits = 28;

    /// <summary>Each contract's properties by JSON name, built once per contract.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> KnownProperties = new();

    /// <summary>Every problem of <paramref name="element"/> against <paramref name="info"/>, each naming its JSON path.</summary>
    internal static List<ValidationProblem> Problems(JsonElement element, JsonTypeInfo info, string path)
    {
        var problems = new List<ValidationProblem>();
        Check(element, info, path, null, problems);
        return problems;
    }

    private static void Check(JsonElement element, JsonTypeInfo info, string path, string? discriminator, List<ValidationProblem> problems)
    {
        var underlying = Nullable.GetUnderlyingType(info.Type);
        var type = underlying ?? info.Type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            // A reference type's null is left to the constructor's guard, which names the field it requires.
            if (!type.IsValueType || underlying is not null)
            {
                return;
            }

            problems.Add(JsonProblem.At(path, $"must be {Expected(info)}; was null"));
            return;
        }

        if (type == typeof(JsonElement))
        {
            return;
        }

        if (underlying is not null)
        {
            Check(element, info.Options.GetTypeInfo(underlying), path, null, problems);
            return;
        }

        if (info.Converter is IContractConverter own)
        {
            // A type bound by a contract of its own (a reason, by the codes found from the reason types) is checked against it.
            info = own.Contract;
        }

        if (info.PolymorphismOptions is { } polymorphism && element.ValueKind == JsonValueKind.Object)
        {
            CheckPolymorphic(element, info, polymorphism, path, problems);
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, info, path, discriminator, problems);
                break;
            case JsonTypeInfoKind.Enumerable when ElementTypeOf(type) is { } elementType:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(JsonProblem.At(path, $"must be an array; was {Describe(element)}"));
                    break;
                }

                var elementInfo = info.Options.GetTypeInfo(elementType);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, elementInfo, $"{path}[{index++}]", null, problems);
                }

                break;
            case JsonTypeInfoKind.None:
                CheckValue(element, info, path, problems);
                break;
        }
    }

    /// <summary>The element type of a list (JsonTypeInfo.ElementType exists from System.Text.Json 9 only).</summary>
    private static Type? ElementTypeOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : (type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0];

    private static void CheckObject(JsonElement element, JsonTypeInfo info, string path, string? discriminator, List<ValidationProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(JsonProblem.At(path, $"must be an object; was {Describe(element)}"));
            return;
        }

        var known = KnownProperties.GetValue(info, i => i.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal));
        foreach (var property in element.EnumerateObject())
        {
            if (known.TryGetValue(property.Name, out var field))
            {
                Check(property.Value, info.Options.GetTypeInfo(field.PropertyType), $"{path}.{property.Name}", null, problems);
            }
            else if (property.Name != discriminator)
            {
                var nearest = NearestName.Of(property.Name, known.Keys);
                problems.Add(JsonProblem.At($"{path}.{property.Name}", nearest is null
                    ? $"unknown field; known fields: {string.Join(", ", known.Keys)}"
                    : $"unknown field; did you mean {nearest}?"));
            }
        }
    }

    private static void CheckPolymorphic(JsonElement element, JsonTypeInfo info, JsonPolymorphismOptions polymorphism, string path, List<ValidationProblem> problems)
    {
        var name = polymorphism.TypeDiscriminatorPropertyName;
        var codes = polymorphism.DerivedTypes.Where(d => d.TypeDiscriminator is string).ToDictionary(d => (string)d.TypeDiscriminator!, d => d.DerivedType, StringComparer.Ordinal);
        if (!element.TryGetProperty(name, out var code) || code.ValueKind != JsonValueKind.String)
        {
            problems.Add(JsonProblem.At($"{path}.{name}", $"is required: one of {string.Join(", ", codes.Keys)}"));
        }
        else if (!codes.TryGetValue(code.GetString()!, out var derived))
        {
            problems.Add(JsonProblem.At($"{path}.{name}", $"must be one of {string.Join(", ", codes.Keys)}; was \"{code.GetString()}\""));
        }
        else
        {
            // The serializer reads the discriminator only in first place (it throws otherwise), and a record writes it there.
            if (element.EnumerateObject().First().Name != name)
            {
                problems.Add(JsonProblem.At($"{path}.{name}", $"must be the first property of the object (it says which kind of object it is); was after {element.EnumerateObject().First().Name}"));
            }

            CheckObject(element, info.Options.GetTypeInfo(derived), path, name, problems);
        }
    }

    private static void CheckValue(JsonElement element, JsonTypeInfo info, string path, List<ValidationProblem> problems)
    {
        var type = info.Type;
        var kind = element.ValueKind;
        var ofItsKind = type.IsEnum ? kind == JsonValueKind.String && EnumWords(info).Contains(element.GetString(), StringComparer.Ordinal)
            : type == typeof(string) || type == typeof(NodaTime.LocalDate) ? kind == JsonValueKind.String
            : type == typeof(bool) ? kind is JsonValueKind.True or JsonValueKind.False
            : type == typeof(int) ? kind == JsonValueKind.Number && element.TryGetInt32(out _)
            : type != typeof(decimal) || kind == JsonValueKind.Number;
        var reason = !ofItsKind ? $"must be {Expected(info)}; was {Describe(element)}"
            : type != typeof(decimal) ? null
            : !element.TryGetDecimal(out var value) ? $"is out of range; was {Describe(element)}"
            : !ReadsExactly(element.GetRawText(), value) ? $"has more digits than can be read exactly ({DecimalDigits} significant digits; an amount is recorded to the fen); was {Describe(element)}"
            : null;
        if (reason is not null)
        {
            problems.Add(JsonProblem.At(path, reason));
        }
    }

    /// <summary>Whether the decimal read from a JSON number is exactly the number written: decimal rounds past 28 digits.</summary>
    private static bool ReadsExactly(string written, decimal read) =>
        Normal(written) == Normal(read.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number's significant digits and power of ten, e.g. <c>1.50E2</c> and <c>150</c> both give <c>(15, 1)</c>.</summary>
    private static (string Digits, int Exponent) Normal(string number)
    {
        var negative = number.StartsWith('-');
        var unsigned = negative ? number[1..] : number;
        var parts = unsigned.Split('e', 'E');
        var exponent = parts.Length > 1 ? int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var mantissa = parts[0].Split('.');
        var digits = mantissa[0] + (mantissa.Length > 1 ? mantissa[1] : string.Empty);
        exponent -= mantissa.Length > 1 ? mantissa[1].Length : 0;
        digits = digits.TrimStart('0');
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        return trimmed.Length == 0 ? ("0", 0) : ((negative ? "-" : string.Empty) + trimmed, exponent);
    }

    /// <summary>The words an enum is read by: its members' names, or the words of a converter that reads others.</summary>
    private static IReadOnlyList<string> EnumWords(JsonTypeInfo info) => info.Converter is IEnumWordsConverter own ? own.Words : Enum.GetNames(info.Type);

    private static string Expected(JsonTypeInfo info)
    {
        var type = info.Type;
        return type == typeof(NodaTime.LocalDate) ? "an ISO date string such as \"2024-03-17\""
            : type == typeof(string) ? "a string"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) ? "a whole number"
            : type == typeof(decimal) ? "a number"
            : type.IsEnum ? "one of " + string.Join(", ", EnumWords(info))
            : "a value";
    }

    /// <summary>A JSON value as a reader would name it, cut short.</summary>
    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "\"" + Cut(element.GetString()!) + "\"",
        JsonValueKind.Number => Cut(element.GetRawText()),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Cut(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
