using Baotou.Incentives.Explanations.Reports;
using Baotou.Incentives.Money;
using Baotou.Incentives.WhatIf;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// What it would take, in a catalog's words (<c>take.*</c>): one line per failed condition, naming the clause, the condition as
/// the decision states it, the smallest change of the facts, whether evaluating the changed case confirmed it, and what it
/// would bring. Amounts to the fen and dates in ISO form, whatever the language.
/// </summary>
internal static class WhatItWouldTakeText
{
    internal static IReadOnlyList<string> Lines(WhatItWouldTake answers, Catalog catalog) =>
        answers.Answers.Count == 0 ? [catalog.Get("take.none")] : answers.Answers.Select(a => Line(a, catalog)).ToArray();

    internal static string Line(RequiredChange answer, Catalog catalog)
    {
        var clause = catalog.Citation(answer.Clause);
        var condition = catalog.Reason(answer.Reason);
        var finding = catalog.Get("take.finding." + answer.Finding);
        if (answer.Change is not { } change)
        {
            return catalog.Format("take.answer.no-change", clause, condition, finding);
        }

        var line = catalog.Format("take.answer", clause, condition, Change(change, catalog), finding);
        return answer.Finding == RequiredChangeFinding.Confirmed ? line + catalog.Get("take.separator") + Brings(answer, catalog) : line;
    }

    internal static string Change(FactChange change, Catalog catalog) =>
        catalog.Format("take.change." + change.Kind, change.Amount is { } amount ? Fen.Format(amount) : string.Empty, catalog.Text(change.FactId), Iso(change.Date));

    private static string Brings(RequiredChange answer, Catalog catalog)
    {
        var parts = answer.Brings.Select(e => catalog.Format("take.brings.entitlement",
            catalog.Citation(e.Clause), catalog.Beneficiary(e.Beneficiary), catalog.Modality(e.Modality), Fen.Format(e.MinimumAmount))).ToList();
        if (answer.StatusAfter is { } status)
        {
            parts.Add(catalog.Format("take.brings.status", catalog.Status(status)));
        }

        return catalog.Format("take.brings", parts.Count == 0 ? catalog.Get("take.brings.nothing") : string.Join(catalog.Get("take.separator"), parts));
    }

    /// <summary>The report's section: a heading and one item per answer.</summary>
    internal static IReadOnlyList<Block> Section(WhatItWouldTake answers, Catalog catalog) =>
    [
        new Heading(2, [new Words(catalog.Get("take.heading"))], "what-would-it-take"),
        new Items(Lines(answers, catalog).Select(l => (IReadOnlyList<Inline>)[new Words(l)]).ToArray()),
    ];

    private static string Iso(NodaTime.LocalDate date) =>
        NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
