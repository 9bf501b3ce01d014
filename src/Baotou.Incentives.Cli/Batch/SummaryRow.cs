using System.Globalization;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// One line of a batch's summary: an entitlement of a decided case (owed, to claim, to seek, 0.00, pending approval, or set aside under
/// 从高从新不重复), a decided case with none, or a refused case with its problems. It holds values; <see cref="Cells"/> words
/// them in one language through the catalogs.
/// </summary>
/// <param name="Case">The case's id; empty when the file could not be read as a case.</param>
/// <param name="Entitlement">The entitlement, or <see langword="null"/>.</param>
/// <param name="Status">Where the line stands.</param>
/// <param name="File">The case file.</param>
/// <param name="Record">The record written, or empty.</param>
/// <param name="Problems">Why the case was refused, or empty.</param>
internal sealed record SummaryRow(string Case, Entitlement? Entitlement, SummaryStatus Status, string File, string Record, string Problems)
{
    /// <summary>The columns' catalog keys (<c>cli.summary.column.*</c>), in order.</summary>
    internal static readonly string[] Columns = ["case", "outcome", "clause", "beneficiary", "amount", "verb", "status", "file", "record", "problems"];

    /// <summary>The header in <paramref name="language"/>.</summary>
    internal static string[] Header(ExplanationLanguage language) =>
        [.. Columns.Select(c => ToolWords.For(language).Get("cli.summary.column." + c))];

    /// <summary>The amount rounded to the fen, unformatted for a spreadsheet (<c>1980000.00</c>), or empty.</summary>
    internal string Amount => Entitlement is { } e ? Fen.Round(e.MinimumAmount).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The line's cells in <paramref name="language"/>: ids, paths and amounts as they are, everything else in words.</summary>
    internal string[] Cells(ExplanationLanguage language)
    {
        var words = ToolWords.For(language);
        var e = Entitlement;
        return
        [
            Case,
            e?.Id ?? string.Empty,
            e is null ? string.Empty : OutcomeWording.Citation(e.Clause, words.Language),
            e is null ? string.Empty : OutcomeWording.Beneficiary(e.Beneficiary, words.Language),
            Amount,
            e is null ? string.Empty : OutcomeWording.Modality(e.Modality, words.Language),
            StatusWords(Status, words),
            File,
            Record,
            Problems,
        ];
    }

    /// <summary>The status in words, e.g. <c>成立</c> / <c>stands</c>.</summary>
    internal static string StatusWords(SummaryStatus status, ToolWords words) => words.Get("cli.summary.status." + status switch
    {
        SummaryStatus.Owed => "owed",
        SummaryStatus.MayClaim => "may-claim",
        SummaryStatus.ToSeek => "to-seek",
        SummaryStatus.NotOwed => "not-owed",
        SummaryStatus.Zero => "zero",
        SummaryStatus.PendingApproval => "pending-approval",
        SummaryStatus.SetAside => "set-aside",
        SummaryStatus.NoEntitlement => "no-entitlement",
        _ => "refused",
    });

    /// <summary>The rows of one case: its entitlements, governing first then set aside, each in the decision's order.</summary>
    internal static IEnumerable<SummaryRow> Of(CaseOutcome outcome)
    {
        if (outcome.Decision is not { } decision)
        {
            yield return new SummaryRow(string.Empty, null, SummaryStatus.Refused, outcome.File, string.Empty, string.Join("; ", outcome.Problems));
            yield break;
        }

        var record = outcome.RecordFile ?? string.Empty;
        var rows = decision.Entitlements.Select(e => new SummaryRow(decision.CaseId, e, Standing(e), outcome.File, record, string.Empty))
            .Concat(decision.SupersededEntitlements.Select(e => new SummaryRow(decision.CaseId, e, SummaryStatus.SetAside, outcome.File, record, string.Empty)))
            .ToArray();
        if (rows.Length == 0)
        {
            yield return new SummaryRow(decision.CaseId, null, SummaryStatus.NoEntitlement, outcome.File, record, string.Empty);
        }

        foreach (var row in rows)
        {
            yield return row;
        }
    }

    // An amount that rounds to 0.00 is nothing to pay, whatever the verb; one qualified by a finding waits for approval; any
    // other is owed only when the text says it must be paid (应不低于), never because it was computed.
    private static SummaryStatus Standing(Entitlement e) =>
        e.QualifiedBy is not null ? SummaryStatus.PendingApproval
        : Fen.Round(e.MinimumAmount) == 0m ? SummaryStatus.Zero
        : e.Modality switch
        {
            Modality.OwedMinimum or Modality.Required => SummaryStatus.Owed,
            Modality.MayEnjoy => SummaryStatus.MayClaim,
            Modality.RecommendedToSeek => SummaryStatus.ToSeek,
            _ => SummaryStatus.NotOwed,
        };
}
