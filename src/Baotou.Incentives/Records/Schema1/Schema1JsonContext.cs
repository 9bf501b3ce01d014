using System.Text.Json.Serialization;

namespace Baotou.Incentives.Records.Schema1;

/// <summary>The source-generated JSON contract of schema 1, with the settings schema 1 was written with (<see cref="RecordJsonContext"/>'s).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(Schema1Document))]
[JsonSerializable(typeof(Schema1Entitlement))]
[JsonSerializable(typeof(Schema1Determination))]
[JsonSerializable(typeof(Schema1Obligation))]
[JsonSerializable(typeof(Schema1Supersession))]
internal sealed partial class Schema1JsonContext : JsonSerializerContext;

/// <summary>The settings schema 1 was written with: <see cref="RecordJson"/>'s, over <see cref="Schema1JsonContext"/>.</summary>
internal static class Schema1Json
{
    internal static readonly Schema1JsonContext Compact = new(new System.Text.Json.JsonSerializerOptions(Schema1JsonContext.Default.Options)
    {
        Encoder = RecordJson.Compact.Options.Encoder,
        MaxDepth = RecordJson.MaximumDepth,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
