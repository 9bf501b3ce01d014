using System.Text.Json.Serialization;
using NodaTime;

namespace Baotou.Incentives.Policy.Files;

/// <summary>
/// The JSON shape of a pack file (docs/PACKS.md, docs/schemas/policy-pack.schema.json). A pack written by the library (in a
/// record, or by <see cref="PackFile.Write"/>) is always complete: every parameter, its readings and, for a change, the date
/// the changed pack took effect. A file a person writes may leave out what it inherits from the pack it succeeds or changes.
/// </summary>
internal sealed record PackDocument(
    string Id,
    string DocumentNumber,
    PackText? Title,
    PackText? IssuedBy,
    PolicyLevel? Level,
    LocalDate? PublishedOn,
    LocalDate? EffectiveFrom,
    string RuleSet,
    string? Succeeds,
    PackChangeDocument? Changes,
    PackReadingsDocument? Readings,
    IReadOnlyList<PackParameterDocument> Parameters)
{
    /// <summary>An editor's pointer to the JSON Schema; read and ignored, never written.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; }
}

/// <summary>A text in Chinese and English.</summary>
internal sealed record PackText(string Zh, string En);

/// <summary>For a national or autonomous-region change (从其规定): the pack it changes, that pack's effective date, and the parameters whose matter it changes.</summary>
internal sealed record PackChangeDocument(string Pack, LocalDate? PackEffectiveFrom, IReadOnlyList<string> Parameters);

/// <summary>How the pack reads what its text leaves open (<see cref="PolicyReadings"/>); a reading left out is inherited or the default.</summary>
internal sealed record PackReadingsDocument(
    TransformationIncomeBasis? TransferOfficeRewardBasis,
    ProfitYearConvention? ProfitYears,
    ExemptionPublicityReading? ExemptionPublicity,
    TransferOfficeEquityReading? TransferOfficeEquity,
    IncomeRetentionScope? IncomeRetention);

/// <summary>One parameter: its key, its unit (checked against the rule set's) and its dated values, oldest first.</summary>
internal sealed record PackParameterDocument(string Key, ParameterUnit? Unit, IReadOnlyList<PackValueDocument> Values);

/// <summary>One dated value with the text that sets it, quoted from its document and clause.</summary>
internal sealed record PackValueDocument(LocalDate? EffectiveFrom, decimal? Value, string Reference);
