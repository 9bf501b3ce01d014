using System.Globalization;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Json;
using Baotou.Incentives.Money;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Policy.Files;
using Baotou.Incentives.Records;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.PolicyCases;

/// <summary>
/// A policy case as data, so that a policy expert can add one without writing C#: a name, the clause it exercises, the
/// facts, the evaluation date, the packs, and the expected outcomes — amounts to the fen, determinations, obligations, what
/// must be superseded and what must not fire. The format is documented in <c>docs/POLICY-CASES.md</c>.
/// </summary>
public sealed class PolicyCaseFile
{
    private readonly PolicyCaseDocument _document;

    private PolicyCaseFile(PolicyCaseDocument document, Facts.IncentiveCase incentiveCase, IReadOnlyList<PolicyPack> packs)
    {
        _document = document;
        Case = incentiveCase;
        Packs = packs;
    }

    /// <summary>The case's name.</summary>
    public string Name => _document.Name;

    /// <summary>The clause it exercises, e.g. <c>149号·（七）</c>.</summary>
    public string Clause => _document.Clause;

    /// <summary>The date to evaluate on.</summary>
    public LocalDate EvaluationDate => _document.EvaluationDate;

    /// <summary>The case.</summary>
    public Facts.IncentiveCase Case { get; }

    /// <summary>The packs to apply.</summary>
    public IReadOnlyList<PolicyPack> Packs { get; }

    /// <summary>Reads a policy case.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The policy case.</returns>
    /// <exception cref="IncentiveValidationException">The file is not a valid policy case; each problem names where.</exception>
    public static PolicyCaseFile Parse(string json) => Parse(InputLimits.Utf8Within(json, "policy case"));

    /// <summary>Reads a policy case from UTF-8 bytes (one byte-order mark is skipped, as by every reader).</summary>
    /// <param name="utf8Json">The file's JSON as UTF-8.</param>
    /// <returns>As for <see cref="Parse(string)"/>.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(string)"/>.</exception>
    public static PolicyCaseFile Parse(ReadOnlySpan<byte> utf8Json) => Parse(utf8Json, path: null);

    /// <summary>
    /// Reads a policy case from a stream, reading no more than one byte past the 16 MB limit (so an endless stream is refused).
    /// Given the file's path, its <c>packs</c> may name pack files beside shipped ids (<c>"./later-notice.json"</c>), each read
    /// relative to the policy case's folder (docs/POLICY-CASES.md).
    /// </summary>
    /// <param name="utf8Json">The file's JSON as UTF-8, read to its end.</param>
    /// <param name="path">The policy case's path, so that pack files it names are found relative to its folder; <see langword="null"/> when it has none, and then it may name shipped packs only.</param>
    /// <returns>As for <see cref="Parse(string)"/>.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(string)"/>, and a pack file that is missing or refused: each problem names the entry (<c>$.packs[1]</c>), the pack file and, for a refused one, each of its problems.</exception>
    public static PolicyCaseFile Parse(Stream utf8Json, string? path = null) => Parse(InputLimits.ReadAll(utf8Json, "policy case"), path);

    private static PolicyCaseFile Parse(ReadOnlySpan<byte> utf8Json, string? path)
    {
        var document = JsonDocuments.Read(utf8Json, PolicyCaseJsonContext.Compact.PolicyCaseDocument, "policy case");
        JsonDocuments.RequireProperties("$", ("name", document.Name), ("clause", document.Clause), ("facts", document.Facts), ("expected", document.Expected));

        if (document.EvaluationDate == default)
        {
            throw CaseFile.MissingEvaluationDate();
        }

        var unknown = (document.Expected.Invariants ?? []).Select((name, i) => (name, i)).FirstOrDefault(x => !Exploration.Invariants.All.Contains(x.name, StringComparer.Ordinal));
        if (unknown.name is not null)
        {
            throw JsonProblem.Refusal($"$.expected.invariants[{unknown.i}]", $"must be one of {string.Join(", ", Exploration.Invariants.All)}; was '{unknown.name}'");
        }

        var incentiveCase = FactJson.ReadCase(document.Name, document.Facts, "$.facts");
        return new PolicyCaseFile(document, incentiveCase, PackEntries.Resolve(document.Packs, path, "policy case"));
    }

    /// <summary>Evaluates the case and checks every expectation, stopping at the first that does not hold.</summary>
    /// <returns>Pass, or fail with the first difference.</returns>
    public PolicyCaseResult Verify() => Verify(Packs, evaluate: null);

    /// <summary>
    /// Evaluates the case under <paramref name="packs"/> instead of <see cref="Packs"/> (e.g. its own packs and pack files
    /// given beside it, as the command-line tool's <c>verify --pack FILE</c> does) and checks every expectation, stopping at
    /// the first that does not hold.
    /// </summary>
    /// <param name="packs">The packs to apply, each id once.</param>
    /// <returns>Pass, or fail with the first difference.</returns>
    /// <exception cref="IncentiveValidationException">Two packs have one id.</exception>
    public PolicyCaseResult Verify(IEnumerable<PolicyPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        return Verify(packs.ToArray(), evaluate: null);
    }

    /// <summary>
    /// Evaluates the case under <paramref name="packs"/> with the library's engine, or with <paramref name="evaluate"/> (a test's
    /// rule set with a fault planted), and checks every expectation, stopping at the first that does not hold.
    /// </summary>
    internal PolicyCaseResult Verify(IReadOnlyList<PolicyPack> packs, Func<Facts.IncentiveCase, LocalDate, IncentiveDecision>? evaluate)
    {
        var engine = evaluate is null ? new IncentiveEngine(packs) : null;
        evaluate ??= engine!.Evaluate;
        var decision = evaluate(Case, EvaluationDate);
        var difference = FirstDifference(_document.Expected, decision) ?? BrokenInvariant(_document.Expected, decision, packs, evaluate, engine);
        return new PolicyCaseResult(Name, Clause, difference is null, difference);
    }

    private string? BrokenInvariant(
        ExpectedOutcomes expected, IncentiveDecision decision, IReadOnlyList<PolicyPack> packs, Func<Facts.IncentiveCase, LocalDate, IncentiveDecision> evaluate, IncentiveEngine? engine)
    {
        if (expected.Invariants is not { Count: > 0 } names)
        {
            return null;
        }

        // Both raises the explorer tries (one fen, and a large step), so a case it wrote breaks here as it broke there.
        var breaches = Exploration.Invariants.OfDecision(Case, decision, packs)
            .Concat(Exploration.Invariants.OfReevaluation(Case, EvaluationDate, decision, evaluate, engine, 0, 0.01m))
            .Concat(Exploration.Invariants.OfReevaluation(Case, EvaluationDate, decision, evaluate, engine, 1, 10_000_000m));
        var broken = breaches.FirstOrDefault(b => names.Contains(b.Invariant, StringComparer.Ordinal));
        return broken is null ? null : $"invariant {broken.Invariant}: {broken.Detail}";
    }

    private static string? FirstDifference(ExpectedOutcomes expected, IncentiveDecision decision)
    {
        // A case that expects nothing checks nothing: a skeleton fails until someone says what the text makes come out.
        if (NothingExpected(expected))
        {
            return NothingExpectedText;
        }

        foreach (var e in expected.Entitlements ?? [])
        {
            var governs = e.Governs ?? true;
            var pool = governs ? decision.Entitlements : decision.SupersededEntitlements;
            var found = pool.Where(x => x.RuleId == e.Rule && x.SubjectFactId == e.Subject).ToArray();
            if (found.Length == 0)
            {
                var elsewhere = (governs ? decision.SupersededEntitlements : decision.Entitlements).Any(x => x.RuleId == e.Rule && x.SubjectFactId == e.Subject);
                return $"entitlement {e.Rule} on {e.Subject}: expected {(governs ? "governing" : "set aside")}, found {(elsewhere ? (governs ? "set aside" : "governing") : "none")}";
            }

            var amount = Fen.Round(found[0].MinimumAmount);
            if (amount != Fen.Round(e.MinimumAmount))
            {
                return $"entitlement {e.Rule} on {e.Subject}: expected minimum amount {Fen.Format(e.MinimumAmount)}, found {Fen.Format(amount)} ({Fen.Format(found[0].Basis)} × {Rate.Format(found[0].Rate)})";
            }

            if (e.MinimumEquityShare is { } share && found[0].MinimumEquityShare != share)
            {
                return $"entitlement {e.Rule} on {e.Subject}: expected minimum equity share {Rate.Format(share)}, found {(found[0].MinimumEquityShare is { } f ? Rate.Format(f) : "none")}";
            }
        }

        foreach (var d in expected.Determinations ?? [])
        {
            var found = decision.Determinations.FirstOrDefault(x => x.RuleId == d.Rule && x.SubjectFactId == d.Subject && x.Topic == d.Topic);
            if (found?.Status != d.Status)
            {
                return $"determination {d.Rule} on {d.Subject} ({d.Topic}): expected {d.Status}, found {found?.Status.ToString() ?? "none"}"
                    + (found is null ? string.Empty : ": " + string.Join("; ", found.Conditions.Where(c => !c.Met).Select(c => Explanations.Catalog.English.Reason(c.Reason))));
            }
        }

        foreach (var o in expected.Obligations ?? [])
        {
            var found = decision.Obligations.FirstOrDefault(x => x.RuleId == o.Rule && x.SubjectFactId == o.Subject && x.Topic == o.Topic);
            if (found?.State != o.State)
            {
                return $"obligation {o.Rule} on {o.Subject} ({o.Topic}): expected {o.State}, found {found?.State.ToString() ?? "none"}";
            }
        }

        foreach (var id in expected.Superseded ?? [])
        {
            if (!decision.Supersessions.Any(s => s.SupersededId == id))
            {
                return $"superseded {id}: expected set aside, found {(decision.Entitlements.Any(e => e.Id == id) ? "governing" : "no such entitlement")}";
            }
        }

        foreach (var rule in expected.NotFired ?? [])
        {
            if (decision.Fired(rule))
            {
                var entry = decision.Trace.First(t => t.RuleId == rule);
                return string.Create(CultureInfo.InvariantCulture, $"not fired {rule}: expected not to fire, but it fired at trace[{entry.Sequence}] producing {string.Join(", ", entry.Produced)}");
            }
        }

        return null;
    }

    /// <summary>What <see cref="PolicyCaseResult.FirstDifference"/> says of a policy case whose <c>expected</c> names nothing.</summary>
    internal const string NothingExpectedText = "nothing expected: say in \"expected\" what the text makes come out (an entitlement, determination, obligation, superseded, notFired or an invariant), worked by hand; docs/POLICY-CASES.md";

    private static bool NothingExpected(ExpectedOutcomes expected) =>
        (expected.Entitlements?.Count ?? 0) == 0 && (expected.Determinations?.Count ?? 0) == 0 && (expected.Obligations?.Count ?? 0) == 0
        && (expected.Superseded?.Count ?? 0) == 0 && (expected.NotFired?.Count ?? 0) == 0 && (expected.Invariants?.Count ?? 0) == 0;
}
