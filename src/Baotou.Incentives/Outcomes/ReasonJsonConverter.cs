using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Baotou.Incentives.Json;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// Writes and reads a reason as <c>{"code": "basis.net-income", "contractId": "C1", …}</c>: the code first, then the record's
/// arguments. The codes are found from the reason types (<see cref="ReasonTypes"/>), not listed on <see cref="IReason"/>: a
/// source-generated contract would need every reason named once more, so reasons alone are bound by reflection, with the
/// record contract's settings (camelCase, enums by name, ISO dates, strict numbers, nothing unknown).
/// </summary>
internal sealed class ReasonJsonConverter : JsonConverter<IReason>, IContractConverter
{
    /// <summary>The reasons' polymorphic contract; <see cref="JsonShape"/> checks a reason against it before binding.</summary>
    internal static readonly JsonTypeInfo<IReason> Contract = (JsonTypeInfo<IReason>)CreateOptions().GetTypeInfo(typeof(IReason));

    public override IReason? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, Contract);

    public override void Write(Utf8JsonWriter writer, IReason value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, Contract);

    /// <inheritdoc/>
    JsonTypeInfo IContractConverter.Contract => Contract;

    private static JsonSerializerOptions CreateOptions()
    {
        // The settings of every contract (ReasonJsonContext's are the record's), less this converter (it would call itself).
        var options = new JsonSerializerOptions(ReasonJsonContext.Compact.Options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RegisterReasons } },
        };
        options.Converters.Remove(options.Converters.Single(c => c is ReasonJsonConverter));
        options.MakeReadOnly();
        return options;
    }

    private static void RegisterReasons(JsonTypeInfo info)
    {
        if (info.Type != typeof(IReason))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "code",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (type, code) in ReasonTypes.All)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, code));
        }
    }
}
