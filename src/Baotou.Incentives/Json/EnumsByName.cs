using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baotou.Incentives.Json;

/// <summary>
/// Every enum written and read by its member's name, except an enum that names its own converter: a converter among the
/// options would win over the enum's own, and the enums whose words a record holds differently (the first shipped format's
/// words) name theirs.
/// </summary>
internal sealed class EnumsByName : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _byName = new();

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.GetCustomAttribute<JsonConverterAttribute>() is null;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        _byName.CreateConverter(typeToConvert, options);
}
