using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Rules;
using NodaTime;

namespace Baotou.Incentives.Exploration;

/// <summary>
/// A case for which an invariant does not hold, minimised: no fact can be left out and the invariant still break. Write it as a
/// policy case (<see cref="ToPolicyCaseFiles"/>) that <c>verify</c> runs: its <c>expected.invariants</c> names the invariant, so
/// the case fails until the rules are mended, and then guards against the fault coming back.
/// </summary>
/// <param name="Invariant">The invariant's name, e.g. <c>never-silent</c> (docs/EXPLORE.md lists them).</param>
/// <param name="Detail">What was found, naming the outcomes and facts.</param>
/// <param name="Clause">The clause the invariant concerns, e.g. <c>149号·（七）</c>.</param>
/// <param name="Case">The case, minimised.</param>
/// <param name="EvaluationDate">The date it was evaluated on.</param>
/// <param name="Packs">The packs it was evaluated under.</param>
/// <param name="FactsBeforeMinimising">How many facts the case had when it was found.</param>
public sealed record InvariantViolation(
    string Invariant, string Detail, string Clause, IncentiveCase Case, LocalDate EvaluationDate, IReadOnlyList<PolicyPack> Packs, int FactsBeforeMinimising)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The counterexample as files to write into one folder: the policy case, <paramref name="name"/><c>.json</c>, and beside it,
    /// under <c>packs/</c>, a pack file for each pack that is not a shipped one (a later measure or a change the exploration made).
    /// </summary>
    /// <param name="name">The policy case's file name without <c>.json</c>, e.g. <c>never-silent-1</c>.</param>
    /// <returns>Each file's path relative to the folder (with <c>/</c>) and its text.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> ToPolicyCaseFiles(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var files = new List<KeyValuePair<string, string>>();
        var entries = new List<string>();
        foreach (var pack in Packs)
        {
            if (KnownPacks.IsShipped(pack))
            {
                entries.Add(pack.Id);
                continue;
            }

            var file = $"packs/{pack.Id}.pack.json";
            files.Add(KeyValuePair.Create(file, PackFile.Write(pack)));
            entries.Add("./" + file);
        }

        var caseFile = JsonNode.Parse(CaseFile.Write(Case, EvaluationDate, entries))!.AsObject();
        var document = new JsonObject
        {
            ["name"] = $"explore: {Invariant}",
            ["clause"] = Clause,
            ["description"] = $"{Detail}. Found by explore and minimised from {FactsBeforeMinimising} facts to {Case.Facts.Count}; it expects the invariant, so verify fails while the fault stands. Add the outcomes the text says must come out, worked by hand.",
            ["evaluationDate"] = caseFile["evaluationDate"]!.DeepClone(),
            ["packs"] = caseFile["packs"]!.DeepClone(),
            ["facts"] = caseFile["facts"]!.DeepClone(),
            ["expected"] = new JsonObject { ["invariants"] = new JsonArray(JsonValue.Create(Invariant)) },
        };
        files.Insert(0, KeyValuePair.Create(name + ".json", document.ToJsonString(Indented) + "\n"));
        return files;
    }

    /// <summary>The clause an invariant concerns when the breach names none: the principle where clauses meet.</summary>
    internal static string ClauseOf(Breach breach) => breach.Clause ?? breach.Invariant switch
    {
        Invariants.OneGoverningGrant or Invariants.WeakerNeverSetsAsideStronger => Clauses.HigherNewerNoDuplication,
        Invariants.ChangeSetsAsideOnlyWhatItDrives => Clauses.ChangedNationalRegionalPolicy,
        Invariants.BlockedAmountsQualified => Clauses.Measure12,
        _ => "149号",
    };
}
