using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Records;
using NodaTime;

namespace Baotou.Incentives.Sample;

/// <summary>
/// A policy case skeleton (docs/POLICY-CASES.md) made from a sample case: the case's date, packs and facts, with a name and
/// clause to replace and an empty <c>expected</c> for the policy expert to fill in by hand from the text. <c>verify</c>
/// reads it as it is and FAILS it ("nothing expected"), until <c>expected</c> says what the case must show.
/// </summary>
internal static class PolicyCaseSkeleton
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Write(IncentiveCase incentiveCase, LocalDate evaluationDate, IReadOnlyList<string> packIds)
    {
        // The case file's own writer gives the facts in the format both files share; only the frame around them differs.
        var caseFile = JsonNode.Parse(CaseFile.Write(incentiveCase, evaluationDate, packIds))!.AsObject();
        var skeleton = new JsonObject
        {
            ["name"] = $"{incentiveCase.Id}: say what this case shows",
            ["clause"] = "149号",
            ["description"] = "the arithmetic worked by hand from the text, for the next reader",
            ["evaluationDate"] = caseFile["evaluationDate"]!.DeepClone(),
        };

        // No packs named: the default ones, as the case file says by naming none.
        if (caseFile["packs"] is { } packs)
        {
            skeleton["packs"] = packs.DeepClone();
        }

        skeleton["facts"] = caseFile["facts"]!.DeepClone();
        skeleton["expected"] = new JsonObject();
        return skeleton.ToJsonString(Indented) + "\n";
    }
}
