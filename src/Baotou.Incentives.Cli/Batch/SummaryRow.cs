using System.Globalization;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// One line of a batch's summary: an entitlement of a decided case (granted, or set aside under 从高从新不重复), a decided
/// case with none, or a refused case with its problems.
/// </summary>
/// <param name="Case">The case's id; empty when the file could not be read as a case.</param>
/// <param name="Outcome">The entitlement's id, or empty.</param>
/// <param name="Clause">The clause it applies, or empty.</param>
/// <param name="Beneficiary">Who it is owed to, or empty.</param>
/// <param name="Amount">The minimum amount rounded to the fen (unformatted, e.g. <c>1980000.00</c>), or empty.</param>
/// <param name="Modality">The modality of the sentence the entitlement applies, by name (<c>OwedMinimum</c>, <c>MayEnjoy</c>, <c>RecommendedToSeek</c> …; see <see cref="ModalityOf"/>), or empty.</param>
/// <param name="Status"><c>granted</c>, <c>set aside</c>, <c>pending approval</c> (an amount on a transformation （十二）blocks
/// until approved: shown, not owed), <c>no entitlement</c> or <c>refused</c>.</param>
/// <param name="File">The case file.</param>
/// <param name="Record">The record written, or empty.</param>
/// <param name="Problems">Why the case was refused, or empty.</param>
internal sealed record SummaryRow(
    string Case, string Outcome, string Clause, string Beneficiary, string Amount, string Modality, string Status, string File, string Record, string Problems)
{
    internal const string Granted = "granted";
    internal const string SetAside = "set aside";
    internal const string PendingApproval = "pending approval";
    internal const string NoEntitlement = "no entitlement";
    internal const string Refused = "refused";

    internal static readonly string[] Columns = ["case", "outcome", "clause", "beneficiary", "amount", "modality", "status", "file", "record", "problems"];

    internal string[] Cells => [Case, Outcome, Clause, Beneficiary, Amount, Modality, Status, File, Record, Problems];

    /// <summary>The rows of one case: its entitlements, governing first then set aside, each in the decision's order.</summary>
    internal static IEnumerable<SummaryRow> Of(CaseOutcome outcome)
    {
        if (outcome.Decision is not { } decision)
        {
            yield return new SummaryRow(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, Refused,
                outcome.File, string.Empty, string.Join("; ", outcome.Problems));
            yield break;
        }

        var record = outcome.RecordFile ?? string.Empty;
        var rows = decision.Entitlements.Select(e => Row(decision.CaseId, e, e.QualifiedBy is null ? Granted : PendingApproval, outcome.File, record))
            .Concat(decision.SupersededEntitlements.Select(e => Row(decision.CaseId, e, SetAside, outcome.File, record)))
            .ToArray();
        if (rows.Length == 0)
        {
            yield return new SummaryRow(decision.CaseId, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, NoEntitlement,
                outcome.File, record, string.Empty);
        }

        foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>
    /// The modality column. The outcome model has no modality yet (owed minimum, may enjoy, recommended to seek…): until it
    /// does, the entitlement's kind fills the slot; this is the one place to read the modality from instead.
    /// </summary>
    internal static string ModalityOf(Entitlement entitlement) => entitlement.Modality.ToString();

    private static SummaryRow Row(string caseId, Entitlement e, string status, string file, string record) =>
        new(caseId, e.Id, e.Clause, e.Beneficiary.ToString(), Fen.Round(e.MinimumAmount).ToString("0.00", CultureInfo.InvariantCulture),
            ModalityOf(e), status, file, record, string.Empty);
}
