using Baotou.Incentives.Cli.Commands;
using Baotou.Incentives.Money;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;

namespace Baotou.Incentives.Cli.Inputs;

/// <summary>
/// The packs a decision record is replayed and explained under (<see cref="DecisionRecord.ReplayPacks"/>): the library's for a
/// shipped id, the record's own definition for every other; never the pack files given. A pack file given with <c>--pack</c> is checked against the recorded pack of its id, and each one
/// that differs, or that the record was not made under, is said plainly.
/// </summary>
internal static class RecordPacks
{
    internal static RecordUnderPacks Read(string path, IReadOnlyList<string> packFiles)
    {
        var record = Guarded.Read(path, "decision record", DecisionRecord.Parse);
        var files = PackFiles.Read(packFiles, record.Packs).Select(file => (file, Difference(path, record, file.Pack))).ToArray();
        return new RecordUnderPacks(record, record.ReplayPacks, record.Packs, files);
    }

    /// <summary>How a pack file's pack differs from the pack of its id the record was made under; <see langword="null"/> when it does not.</summary>
    private static string? Difference(string path, DecisionRecord record, PolicyPack file)
    {
        var same = record.Packs.FirstOrDefault(p => p.Id == file.Id);
        return same is null ? $"pack '{file.Id}' is not one {path} was made under (its packs: {string.Join(", ", record.ReplayPacks.Select(p => p.Id))})"
            : PackFile.SameDefinition(same, file) ? null
            : $"differs from pack '{same.Id}' as {path} records it: {string.Join("; ", Differences(same, file))}";
    }

    /// <summary>
    /// Names the recorded packs that are not the library's own, or says nothing: a pack of one's own (replayed under its
    /// recorded definition), and a pack that carries a shipped id with another definition (replayed under the library's).
    /// </summary>
    internal static string NotShipped(IReadOnlyList<PolicyPack> recorded)
    {
        var notShipped = recorded.Where(p => !KnownPacks.IsShipped(p)).ToArray();
        var own = notShipped.Where(p => KnownPacks.All.All(shipped => shipped.Id != p.Id)).ToArray();
        var altered = notShipped.Except(own).ToArray();
        return (own.Length == 0 ? string.Empty : $"; made under packs not shipped with the library: {string.Join(", ", own.Select(p => $"{p.Id} ({p.DocumentNumber})"))}")
            + (altered.Length == 0 ? string.Empty : $"; recorded under another definition than the library's, so replayed under the library's: {string.Join(", ", altered.Select(p => $"{p.Id} ({p.DocumentNumber})"))}");
    }

    /// <summary>What a pack file says otherwise than the recorded pack: each field, then each parameter's dated values.</summary>
    private static IEnumerable<string> Differences(PolicyPack recorded, PolicyPack file)
    {
        var fields = new (string Name, object? Recorded, object? File)[]
        {
            ("documentNumber", recorded.DocumentNumber, file.DocumentNumber),
            ("title", (recorded.Title, recorded.EnglishTitle), (file.Title, file.EnglishTitle)),
            ("issuedBy", (recorded.IssuedBy, recorded.EnglishIssuedBy), (file.IssuedBy, file.EnglishIssuedBy)),
            ("level", recorded.Level, file.Level),
            ("publishedOn", recorded.PublishedOn, file.PublishedOn),
            ("effectiveFrom", recorded.EffectiveFrom, file.EffectiveFrom),
            ("ruleSet", recorded.RuleSet, file.RuleSet),
            ("succeeds", recorded.SucceedsPackId, file.SucceedsPackId),
            ("changes", (recorded.ChangesPackId, string.Join(",", recorded.ChangedParameters)), (file.ChangesPackId, string.Join(",", file.ChangedParameters))),
            ("readings", recorded.Readings, file.Readings),
        };
        var said = fields.Where(f => !Equals(f.Recorded, f.File)).Select(f => f.Name).ToList();
        foreach (var parameter in recorded.Parameters)
        {
            var theirs = file.Parameters.FirstOrDefault(p => p.Key == parameter.Key);
            var before = Values(recorded.ValuesOf(parameter), parameter.Unit);
            var now = theirs is null ? "(none)" : Values(file.ValuesOf(theirs), parameter.Unit);
            if (before != now)
            {
                said.Add($"{parameter.Key} recorded {before}, file {now}");
            }
        }

        // The same values and fields can still differ in a reference's wording.
        return said.Count > 0 ? said : ["the references (the text that sets each value) differ"];
    }

    private static string Values(IReadOnlyList<DatedValue> values, ParameterUnit unit) => string.Join(", ", values.Select(v =>
        $"{(unit == ParameterUnit.Rate ? Rate.Format(v.Value) : (v.Value / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture))} from {v.EffectiveFrom:uuuu-MM-dd}"));
}

/// <summary>A record, the packs it is replayed under, the packs as it records them, and the pack files given, each with how it differs.</summary>
internal sealed record RecordUnderPacks(
    DecisionRecord Record, IReadOnlyList<PolicyPack> Packs, IReadOnlyList<PolicyPack> Recorded, IReadOnlyList<(PackFileRead File, string? Difference)> Files)
{
    /// <summary>Each pack file that differs, as a line that names it first (<c>FILE: differs from pack …</c>).</summary>
    internal IReadOnlyList<string> Differences => [.. Files.Where(f => f.Difference is not null).Select(f => $"{f.File.File}: {f.Difference}")];
}
