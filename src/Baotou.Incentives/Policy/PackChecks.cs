using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Policy;

/// <summary>
/// The checks a pack built in C# (<see cref="PolicyPack"/>) and a pack file (<see cref="Files.PackDefinition"/>) both make,
/// written once. Each returns why a value is refused, or <see langword="null"/>: the pack throws the reason, the pack file
/// reader adds it to every other problem the file has; each names the field as its own side spells it.
/// </summary>
internal static class PackChecks
{
    /// <summary>Why a parameter has no schedule: it lists no dated value.</summary>
    internal const string EmptySchedule = "must have at least one dated value";

    /// <summary>
    /// Why a pack takes effect before it was published, or <see langword="null"/>; the reason names the publication date as
    /// <paramref name="publishedOnField"/>, the caller's spelling (<c>PublishedOn</c>, <c>publishedOn</c>).
    /// </summary>
    internal static string? EffectiveBeforePublished(LocalDate publishedOn, LocalDate effectiveFrom, string publishedOnField) =>
        effectiveFrom < publishedOn ? $"must be on or after {publishedOnField} {publishedOn:yyyy-MM-dd}; was {effectiveFrom:yyyy-MM-dd}" : null;

    /// <summary>Why a change cannot build on <paramref name="basis"/> because it is itself a change, or <see langword="null"/>.</summary>
    internal static string? ChangeOfAChange(PolicyPack basis) => basis.Change is { } c
        ? $"must name a document of its own; '{basis.Id}' is itself a change of '{c.PackId}'"
        : null;

    /// <summary>Why a pack of <paramref name="ruleSet"/> leaves a parameter its rules read without values, or <see langword="null"/>.</summary>
    internal static string? MissingParameters(string ruleSet, IReadOnlyCollection<string> missing) => missing.Count > 0
        ? $"must give a value to every parameter the rules of '{ruleSet}' read; missing: {string.Join(", ", missing)}"
        : null;

    /// <summary>Why a value is outside its unit's range, or <see langword="null"/>: in a pack file's words (a pack built in C# keeps its own).</summary>
    internal static string? RangeProblem(ParameterUnit unit, decimal value) => unit switch
    {
        ParameterUnit.Rate when value is < 0m or > 1m =>
            $"must be a rate from 0 to 1 (0.85 is 85%); was {value} ({(value * 100m).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}%)",
        ParameterUnit.Yuan when value is < 0m or > Guard.MaximumYuan => $"must be an amount from 0 to {Guard.MaximumYuan} yuan; was {value}",
        ParameterUnit.Years when value is < 1m or > 100m || decimal.Truncate(value) != value => $"must be a whole number of years from 1 to 100; was {value}",
        _ => null,
    };
}
