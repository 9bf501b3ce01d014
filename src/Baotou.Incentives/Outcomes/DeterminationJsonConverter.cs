using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Baotou.Incentives.Json;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// Writes a determination as the first shipped record format does: by its contract, except that a finding the format named
/// after its verb is written with that word as its status (<c>"status": "Discretionary", "modality": "Discretionary"</c>,
/// <see cref="RecordedWords.VerbAsFinding"/>); reading gives back <see cref="DeterminationStatus.Applies"/> with the modality.
/// </summary>
internal sealed class DeterminationJsonConverter : JsonConverter<Determination>, IContractConverter
{
    /// <inheritdoc/>
    JsonTypeInfo IContractConverter.Contract => ReasonJsonContext.Compact.Determination;

    public override Determination? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, ReasonJsonContext.Compact.Determination);

    public override void Write(Utf8JsonWriter writer, Determination value, JsonSerializerOptions options)
    {
        if (RecordedWords.VerbAsFinding(value) is not { } word)
        {
            JsonSerializer.Serialize(writer, value, ReasonJsonContext.Compact.Determination);
            return;
        }

        var written = JsonSerializer.SerializeToNode(value, ReasonJsonContext.Compact.Determination)!;
        written["status"] = word;
        written.WriteTo(writer, options);
    }
}
