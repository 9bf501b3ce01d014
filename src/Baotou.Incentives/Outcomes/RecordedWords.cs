using System.Text.Json;
using System.Text.Json.Serialization;
using Baotou.Incentives.Json;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// The words a record holds for <see cref="EntitlementKind"/> and <see cref="DeterminationStatus"/>: those of the first
/// shipped record format, read and written forever. That format said the verb twice, in the kind (<c>MinimumReward</c>,
/// <c>RecommendedRegionalIncentive</c>) and in two findings named after their verb (<c>Discretionary</c>,
/// <c>AgreedByParties</c>, beside the modality of the same name); the library keeps the verb in <see cref="Modality"/> only,
/// and this is the one place that knows the old words. A converter, because System.Text.Json 8 (net8.0) has no
/// <c>JsonStringEnumMemberName</c>.
/// </summary>
internal sealed class RecordedWords : JsonConverterFactory
{
    private static readonly (string Word, EntitlementKind Value)[] Kinds =
    [
        ("MinimumReward", EntitlementKind.Reward),
        ("MinimumEquityShare", EntitlementKind.EquityShare),
        ("RecommendedRegionalIncentive", EntitlementKind.RegionalIncentive),
        ("MinimumShareOfSurplus", EntitlementKind.ShareOfSurplus),
    ];

    /// <summary>
    /// Each finding by its name, and the two words that named a verb, read as <see cref="DeterminationStatus.Applies"/> (the
    /// modality says the verb); they keep their place of the first format, 4 and 6, so a refusal lists the words as it did.
    /// </summary>
    private static readonly (string Word, DeterminationStatus Value)[] Statuses =
    [
        .. Enum.GetValues<DeterminationStatus>().Select(s => (Number: (int)s, Word: s.ToString(), Value: s))
            .Append((Number: 4, Word: nameof(Modality.Discretionary), Value: DeterminationStatus.Applies))
            .Append((Number: 6, Word: nameof(Modality.AgreedByParties), Value: DeterminationStatus.Applies))
            .OrderBy(s => s.Number).Select(s => (s.Word, s.Value)),
    ];

    /// <summary>
    /// The status a record writes for a determination whose finding the first format named after its verb: the measure
    /// applies, with no amount (<see cref="Modality.Discretionary"/>) or at a ratio the parties agree
    /// (<see cref="Modality.AgreedByParties"/>); <see langword="null"/> for every other, written by its name.
    /// </summary>
    internal static string? VerbAsFinding(Determination determination) =>
        determination is { Status: DeterminationStatus.Applies, Modality: Modality.Discretionary or Modality.AgreedByParties }
            ? determination.Modality.ToString()
            : null;

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(EntitlementKind) || typeToConvert == typeof(DeterminationStatus);

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(EntitlementKind) ? new WordsConverter<EntitlementKind>(Kinds) : new WordsConverter<DeterminationStatus>(Statuses);

    /// <summary>
    /// Reads a value by any of its words; writes the last word of a value (a finding's own name comes after the verbs read as
    /// it), and a value with no word (a record lacking the field reads as 0) by its number, which is never canonical.
    /// </summary>
    private sealed class WordsConverter<TEnum>((string Word, TEnum Value)[] words) : JsonConverter<TEnum>, IEnumWordsConverter
        where TEnum : struct, Enum
    {
        public IReadOnlyList<string> Words { get; } = [.. words.Select(w => w.Word)];

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var word = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return words.FirstOrDefault(w => w.Word == word) is { Word: not null } found
                ? found.Value
                : throw new JsonException($"must be one of {string.Join(", ", Words)}");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(words.LastOrDefault(w => EqualityComparer<TEnum>.Default.Equals(w.Value, value)).Word ?? value.ToString());
    }
}
