using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Baotou.Incentives.Json;

/// <summary>Writes and reads a <see cref="LocalDate"/> as an ISO calendar date, <c>2024-03-17</c>, and nothing else.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"a date must be an ISO date string such as \"2024-03-17\"; found {reader.TokenType}");
        }

        var text = reader.GetString()!;
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw new JsonException($"a date must be an ISO date such as \"2024-03-17\"; found \"{text}\"");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
