using System.Globalization;
using System.Text.Json;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Rules;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Tracing;

namespace Baotou.Incentives.Explanations.Reports;

/// <summary>
/// Builds the report in the order an auditor works: the case, the evaluation date, the packs and the record's verdict; a
/// summary per beneficiary; the input facts; each outcome with its clause, the clause's original sentence, the arithmetic
/// and its conditions; the grants set aside in a section of their own, each quoting the sentence of the principle that decided
/// it; the clause index; the trace.
/// </summary>
internal sealed class ReportBuilder
{
    private static readonly HashSet<string> YuanFields = new(StringComparer.Ordinal) { "amount", "contractAmount", "convertedAmount" };
    private static readonly HashSet<string> RateFields = new(StringComparer.Ordinal) { "equityShareFormed", "unitShare", "teamShare" };

    private readonly DecisionRecord _record;
    private readonly IncentiveDecision _decision;
    private readonly Catalog _words;
    private readonly ReplayResult? _replay;
    private readonly Dictionary<string, TraceEntry> _producedBy;
    /// <summary>Each outcome's number on the page, from 1 in the decision's order; its anchor is <c>outcome-</c> and the number.</summary>
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<Block> _blocks = [];

    internal ReportBuilder(DecisionRecord record, ExplanationLanguage language, ReplayResult? replay)
    {
        ArgumentNullException.ThrowIfNull(record);
        _record = record;
        _decision = record.Decision;
        _words = Catalog.For(language).WithCaseText(Bidi.Isolate);
        _replay = replay;
        _producedBy = _decision.Trace.SelectMany(t => t.Produced.Select(id => (id, t))).GroupBy(p => p.id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().t, StringComparer.Ordinal);
        foreach (var id in _decision.Entitlements.Select(e => e.Id).Concat(_decision.SupersededEntitlements.Select(e => e.Id))
                     .Concat(_decision.Determinations.Select(d => d.Id)).Concat(_decision.Obligations.Select(o => o.Id)))
        {
            _numbers.TryAdd(id, _numbers.Count + 1);
        }
    }

    internal string Title => _words.Report("title");

    /// <summary>Printed at the top of every A4 page: the title and the case id.</summary>
    internal string RunningHead => _words.Report("print.running-head", Title, _decision.CaseId);

    /// <summary>The words of a page number at the foot of every A4 page, <c>{0}</c> the page and <c>{1}</c> the number of pages.</summary>
    internal string PageNumber => _words.Report("print.page-number");

    internal string Language => _words.Code;

    internal IReadOnlyList<Block> Build()
    {
        if (Warning() is { } warning)
        {
            _blocks.Add(new Banner(_words.Report("banner." + warning)));
        }

        _blocks.Add(new Heading(1, [W(Title)]));
        Header();
        Summary();
        InputFacts();
        Outcomes();
        SetAside();
        ClauseIndex();
        Trace();
        return _blocks;
    }

    /// <summary>One outcome's explanation in plain words, as <see cref="DecisionReport.Explain"/> returns it.</summary>
    internal static IReadOnlyList<OutcomeExplanation> Explain(IncentiveDecision decision, ExplanationLanguage language)
    {
        var words = Catalog.For(language);
        string SetAside(Entitlement e) => decision.Supersessions.FirstOrDefault(s => s.SupersededId == e.Id) is { } setAside
            ? words.Report("set-aside.line", Grant(words, e), setAside.GoverningId, words.Reason(setAside.Reason))
            : string.Empty;
        return
        [
            .. decision.Entitlements.Select(e => new OutcomeExplanation(e.Id, e.Clause,
                Join(words, [Grant(words, e), Arithmetic(words, e), .. e.Grounds.Select(words.Reason)]))),
            .. decision.SupersededEntitlements.Select(e => new OutcomeExplanation(e.Id, e.Clause, Join(words, [SetAside(e), Arithmetic(words, e)]))),
            .. decision.Determinations.Select(d => new OutcomeExplanation(d.Id, d.Clause, Join(words,
                [words.Topic(d.Topic) + Colon(words) + words.Finding(d), .. d.Conditions.Select(c => Mark(words, c) + " " + words.Reason(c.Reason))]))),
            .. decision.Obligations.Select(o => new OutcomeExplanation(o.Id, o.Clause, Join(words, [words.Reason(o.Requirement), words.State(o.State)]))),
        ];
    }

    private static string Join(Catalog words, IEnumerable<string> parts) =>
        string.Join(words.Report("clause-separator"), parts.Where(p => p.Length > 0));

    /// <summary>The language's colon: <c>：</c> or <c>: </c>.</summary>
    private static string Colon(Catalog words) => words.Report("colon");

    /// <summary>Words in the language's parentheses: <c>（…）</c> or <c> (…)</c>.</summary>
    private static string Paren(Catalog words, string text) => words.Report("paren", text);

    private static string Mark(Catalog words, Condition condition) => words.Report(condition.Met ? "met" : "not-met");

    /// <summary>Who gets what under which verb: the kind's sentence for the modality, with the amount and, for a share, the share.</summary>
    internal static string Grant(Catalog words, Entitlement e) => words.Format(
        $"grant.{e.Kind}.{e.Modality}", words.Beneficiary(e.Beneficiary), Fen.Format(e.MinimumAmount), Rate.Format(e.MinimumEquityShare ?? e.Rate));

    internal static string Arithmetic(Catalog words, Entitlement e) =>
        $"{words.Reason(e.BasisReason)}{Colon(words)}{words.Report("yuan", Fen.Format(e.Basis))} × {Rate.Format(e.Rate)} = {words.Report("yuan", Fen.Format(e.MinimumAmount))}"
        + (e.MinimumEquityShare is { } share ? words.Report("list-separator") + words.Report("share-of." + e.Kind, Rate.Format(share)) : string.Empty);

    private static Words W(string text) => new(text);

    private static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private PageLink ClauseLink(string clause) => new(_words.Citation(clause), DecisionReport.Anchor(clause), "clause");

    /// <summary>
    /// A shipped pack by its catalog name; a pack of one's own (or a shipped id with another definition) by the document
    /// number the record carries, said to be one's own, so an auditor never takes it for the shipped document.
    /// </summary>
    private string PackName(string packId)
    {
        var pack = _record.Packs.FirstOrDefault(p => p.Id == packId);
        return pack is not null && !Policy.KnownPacks.IsShipped(pack)
            ? _words.Text(pack.DocumentNumber) + _words.Report("pack-of-ones-own")
            : _words.Has("pack." + packId) ? _words.Get("pack." + packId) : _words.Text(packId);
    }

    private Signing.SignatureCheck Signature => _replay?.Signature ?? Signing.RecordSignatures.CheckSignature(_record);

    /// <summary>
    /// Why the record is not one to rely on, as the catalog's <c>report.banner.*</c> key: its digest does not match, its
    /// signature is invalid, the trust does not vouch for its signer, or replay diverged; <see langword="null"/> otherwise
    /// (a reproduced record, or one not replayed whose digest matches and whose signature, if any, is valid).
    /// </summary>
    private string? Warning() =>
        !_record.IsIntact ? nameof(ReplayVerdict.Tampered)
        : Signature.Status == Signing.SignatureStatus.Invalid ? "signature-invalid"
        : _replay?.Verdict is ReplayVerdict.Untrusted or ReplayVerdict.Diverged ? _replay.Verdict.ToString()
        : null;

    /// <summary>The signature in the catalog's words: unsigned, valid with the signer only claimed, signed by a trusted signer, or invalid (with the reason in English only: the library words it in English).</summary>
    private string SignatureWords()
    {
        var check = Signature;
        var key = check.Signer is null || check.Signer.StartsWith("key sha256:", StringComparison.Ordinal) ? "-key" : string.Empty;
        return check.Status switch
        {
            Signing.SignatureStatus.Valid when check.Trusted => _words.Report("signature.trusted" + key, _words.Text(check.Signer ?? string.Empty)),
            Signing.SignatureStatus.Valid => _words.Report("signature.claimed" + key, _words.Text(check.Signer ?? string.Empty)),
            Signing.SignatureStatus.Invalid => _words.Report("signature.invalid") + (_words.Code == "en" && check.Reason is { } reason ? ": " + reason : string.Empty),
            _ => _words.Report("signature.unsigned"),
        };
    }

    private void Header()
    {
        var verdict = !_record.IsIntact ? _words.Report("tampered") : _words.Report("intact");
        var replay = _replay is null ? _words.Report("replay.not-run")
            : _words.Report("replay." + _replay.Verdict) + (_replay.RuleSetChanged ? _words.Report("list-separator") + _words.Report("replay.rule-set-changed") : string.Empty);
        IReadOnlyList<IReadOnlyList<Inline>> Row(string label, params Inline[] value) => [[W(_words.Report(label))], value];

        // Replay re-derives the decision from the inputs, not who or what made the record: the case's id and the library and
        // rule set the record names are the record's word, unless a trusted signature vouches for the bytes.
        Inline[] notVerified = Signature.Trusted ? [] : [W(_words.Report("not-verified-by-replay"))];
        _blocks.Add(new Table(
            [_words.Report("header.item"), _words.Report("header.value")],
            [
                Row("case", [new CodeText(_decision.CaseId), .. notVerified]),
                Row("made-by", [W(_words.Report("made-by.library", _record.LibraryVersion)), new CodeText(_record.RuleSetFingerprint), .. notVerified]),
                Row("evaluation-date", W(Date(_decision.EvaluationDate))),
                Row("packs", [.. Listed(_decision.PackIds, id => [W(PackName(id) + " "), new CodeText(id)])]),
                Row("schema", W(_record.SchemaVersion.ToString(CultureInfo.InvariantCulture))),
                Row("digest", new CodeText(_record.Digest)),
                Row("verdict", W(verdict)),
                Row("signature", W(SignatureWords())),
                Row("replay", W(replay)),
            ], LabelColumns: new HashSet<int> { 0 }));
    }

    private void Summary()
    {
        _blocks.Add(new Heading(2, [W(_words.Report("summary"))], "summary"));
        if (_decision.Entitlements.Count == 0)
        {
            _blocks.Add(new Paragraph([W(_words.Report("summary.none"))]));
            return;
        }

        var rows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        foreach (var group in _decision.Entitlements.GroupBy(e => e.Beneficiary).OrderBy(g => g.Key))
        {
            foreach (var e in group)
            {
                rows.Add(
                [
                    [W(_words.Beneficiary(e.Beneficiary))],
                    [ClauseLink(e.Clause)],
                    [W(_words.Reason(e.BasisReason) + Colon(_words) + _words.Report("yuan", Fen.Format(e.Basis)))],
                    [W(Rate.Format(e.Rate))],
                    [new PageLink(e.MinimumEquityShare is { } share ? _words.Report("share-of." + e.Kind, Rate.Format(share)) + Paren(_words, Fen.Format(e.MinimumAmount)) : Fen.Format(e.MinimumAmount), Anchor(e.Id)),
                        .. e.QualifiedBy is null ? Array.Empty<Inline>() : [W(Paren(_words, _words.Report("pending-approval")))]],
                    [W(_words.Modality(e.Modality))],
                ]);
            }

            // Only money is added up, and only within one modality: an owed minimum and a recommendation are different things. An
            // amount pending an approval (（十二）) is shown, never added.
            foreach (var total in group.Where(e => e.Kind is EntitlementKind.Reward or EntitlementKind.RegionalIncentive && e.QualifiedBy is null)
                .GroupBy(e => e.Modality).Where(t => t.Count() > 1))
            {
                rows.Add(
                [
                    [W(_words.Beneficiary(group.Key))],
                    [W(_words.Report("summary.total", _words.Modality(total.Key)))],
                    [W(string.Empty)],
                    [W(string.Empty)],
                    [W(Fen.Format(total.Sum(e => Fen.Round(e.MinimumAmount))))],
                    [W(_words.Modality(total.Key))],
                ]);
            }
        }

        _blocks.Add(new Table(
            [_words.Report("summary.beneficiary"), _words.Report("summary.clause"), _words.Report("summary.basis"), _words.Report("summary.rate"), _words.Report("summary.amount"), _words.Report("summary.modality")],
            rows, LabelColumns: new HashSet<int> { 0, 1, 3, 5 }));
    }

    private void InputFacts()
    {
        _blocks.Add(new Heading(2, [W(_words.Report("facts"))], "facts"));
        foreach (var kind in DecisionRecord.CanonicalFacts(_record.Case).GroupBy(f => f.GetType()))
        {
            var json = kind.Select(f => FactJson.Write(f).EnumerateObject().Single().Value).ToArray();
            var fields = json[0].EnumerateObject().Select(p => p.Name).ToArray();
            _blocks.Add(new Heading(3, [W(_words.FactKind(kind.Key.Name))]));
            _blocks.Add(new Table(
                [.. fields.Select(_words.Field)],
                [.. kind.Zip(json).Select(pair => (IReadOnlyList<IReadOnlyList<Inline>>)[.. fields.Select(f => Value(pair.First, f, pair.Second))])]));
        }
    }

    private IReadOnlyList<Inline> Value(ICaseFact fact, string field, JsonElement json)
    {
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [W(_words.Report("none"))];
        }

        var property = fact.GetType().GetProperty(char.ToUpperInvariant(field[0]) + field[1..]);
        var raw = property?.GetValue(fact);
        return raw switch
        {
            bool b => [W(_words.Name(b))],
            Enum e => [W(_words.Get($"enum.{e.GetType().Name}.{e}"))],
            decimal d when YuanFields.Contains(field) => [W(Fen.Format(d))],
            decimal d when RateFields.Contains(field) => [W(Rate.Format(d))],
            NodaTime.LocalDate date => [W(Date(date))],
            string s when field == "id" || field.EndsWith("Id", StringComparison.Ordinal) || field == "registrationNumber" => [new CodeText(s)],
            string s => [W(_words.Text(s))],
            _ => [W(value.GetRawText())],
        };
    }

    /// <summary>Beside the amount, not only among the findings: an amount on a blocked act is pending, and no total includes it.</summary>
    private void PendingApproval(Entitlement e)
    {
        if (e.QualifiedBy is { } finding)
        {
            _blocks.Add(new Paragraph([W(_words.Report("outcome.pending-approval", string.Empty)), OutcomeLink(finding)]));
        }
    }

    private void Outcomes()
    {
        _blocks.Add(new Heading(2, [W(_words.Report("outcomes"))], "outcomes"));
        foreach (var e in _decision.Entitlements)
        {
            Open(e.Id, e.Clause, e.RuleId, "outcome");
            PendingApproval(e);
            Details(e);
            var supersedes = _decision.Supersessions.Where(s => s.GoverningId == e.Id).ToArray();
            if (supersedes.Length > 0)
            {
                _blocks.Add(new Paragraph([W(_words.Report("outcome.governs-over", string.Empty)), .. Produced([.. supersedes.Select(s => s.SupersededId)])]));
            }

            Close();
        }

        foreach (var d in _decision.Determinations)
        {
            // The heading says what is determined, with the modality where the status does not already say the verb (酌情支持, 不推荐争取).
            Open(d.Id, d.Clause, d.RuleId, "outcome");
            if (d.Conditions.Count > 0)
            {
                _blocks.Add(new Items([.. d.Conditions.Select(c => (IReadOnlyList<Inline>)[W(Mark(_words, c) + " " + _words.Reason(c.Reason))])]));
            }

            // A verb that sets no number (适当, 自行约定) is said in a note of its own.
            if (_words.Has("report.outcome.note." + d.Modality))
            {
                _blocks.Add(new Paragraph([W(_words.Report("outcome.note." + d.Modality))], "note"));
            }

            Parameters(d.Id);
            Close();
        }

        foreach (var o in _decision.Obligations)
        {
            Open(o.Id, o.Clause, o.RuleId, "outcome");
            _blocks.Add(new Paragraph([W(_words.Report("state") + Colon(_words) + _words.State(o.State))]));
            Close();
        }
    }

    private void SetAside()
    {
        _blocks.Add(new Heading(2, [W(_words.Report("set-aside"))], "set-aside"));
        if (_decision.SupersededEntitlements.Count == 0)
        {
            _blocks.Add(new Paragraph([W(_words.Report("set-aside.none"))]));
            return;
        }

        foreach (var e in _decision.SupersededEntitlements)
        {
            Open(e.Id, e.Clause, e.RuleId, "outcome set-aside");
            var setAside = _decision.Supersessions.FirstOrDefault(s => s.SupersededId == e.Id);
            if (setAside is not null)
            {
                _blocks.Add(new Paragraph([W(Grant(_words, e) + _words.Report("clause-separator") + _words.Report("set-aside.not-added"))]));
                _blocks.Add(new Paragraph(
                [
                    W(_words.Report("set-aside.governed-by")),
                    _numbers.ContainsKey(setAside.GoverningId) ? OutcomeLink(setAside.GoverningId) : new PageLink(_words.Report("outcomes"), "outcomes"),
                    W(Paren(_words, _words.Reason(setAside.Reason))),
                ]));
                _blocks.Add(new Paragraph([W(_words.Report("clause-text") + Colon(_words)), ClauseLink(setAside.Clause)]));
                Quotes(ClauseSentences.OfSetAside(setAside, Governing(setAside.GoverningId), e));
            }

            PendingApproval(e);
            Details(e);
            Close();
        }
    }

    /// <summary>A link to an outcome of the page, by its number in words (结果 3 / Outcome 3).</summary>
    private PageLink OutcomeLink(string id) => new(OutcomeLabel(id), Anchor(id), "outcome");

    private string Anchor(string id) => "outcome-" + _numbers[id].ToString(CultureInfo.InvariantCulture);

    private string OutcomeLabel(string id) => _words.Report("outcome.label", _numbers[id].ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// An outcome in words, as its heading says it: who gets what amount under which verb (an entitlement), what is determined
    /// (a determination) or what is required (an obligation), with its clause.
    /// </summary>
    private string OutcomeTitle(string id, bool withClause = true)
    {
        string Clause(string clause) => withClause ? Paren(_words, _words.Citation(clause)) : string.Empty;
        if (Governing(id) is { } e)
        {
            return Grant(_words, e) + Clause(e.Clause);
        }

        if (_decision.Determinations.FirstOrDefault(d => d.Id == id) is { } d)
        {
            var status = _words.Finding(d);
            var modality = _words.Modality(d.Modality);
            return _words.Topic(d.Topic) + Colon(_words) + status + (status.Contains(modality, StringComparison.Ordinal) ? string.Empty : Paren(_words, modality))
                + Clause(d.Clause);
        }

        return _decision.Obligations.FirstOrDefault(o => o.Id == id) is { } o
            ? _words.Reason(o.Requirement) + Paren(_words, _words.Modality(o.Modality) + (withClause ? _words.Report("list-separator") + _words.Citation(o.Clause) : string.Empty))
            : _words.Text(id);
    }

    private void Open(string id, string clause, string ruleId, string kind)
    {
        _blocks.Add(new SectionStart(Anchor(id), kind, id));
        _blocks.Add(new Heading(3, [W(_words.Report("outcome.heading", OutcomeLabel(id), OutcomeTitle(id)))]));
        _blocks.Add(new Paragraph([W(_words.Report("reference") + Colon(_words)), new CodeText(id)], "ref"));
        _blocks.Add(new Paragraph([W(_words.Report("summary.clause") + Colon(_words)), ClauseLink(clause), W(" " + _words.ClauseTitle(clause) + _words.Report("clause-separator") + _words.Report("clause-text") + Colon(_words))]));
        Quotes(ClauseSentences.Of(ruleId, clause));
    }

    /// <summary>The original sentences, each as a quote; where there are none, a note that says so.</summary>
    private void Quotes(IReadOnlyList<string> sentences)
    {
        if (sentences.Count == 0)
        {
            _blocks.Add(new Paragraph([W(_words.Report("clause-text.none"))], "note"));
        }

        foreach (var sentence in sentences)
        {
            _blocks.Add(new Quote(sentence));
        }
    }

    /// <summary>The entitlement a set-aside names as governing, whether it stands or was itself set aside in turn.</summary>
    private Entitlement? Governing(string id) =>
        _decision.Entitlements.FirstOrDefault(e => e.Id == id) ?? _decision.SupersededEntitlements.FirstOrDefault(e => e.Id == id);

    private void Close() => _blocks.Add(new SectionEnd());

    private void Details(Entitlement e)
    {
        Working(e);
        _blocks.Add(new Paragraph([W(_words.Report("arithmetic") + Colon(_words) + Arithmetic(_words, e))]));
        if (e.Grounds.Count > 0)
        {
            _blocks.Add(new Paragraph([W(_words.Report("grounds") + Colon(_words) + string.Join(_words.Report("list-separator"), e.Grounds.Select(_words.Reason)))]));
        }

        Parameters(e.Id);
    }

    /// <summary>
    /// How a contract's money basis was reached: each instalment counted, each one not counted and why (received after the
    /// evaluation date; for （七）'s money received, a deduction), each deduction subtracted, then the sums in figures.
    /// </summary>
    private void Working(Entitlement e)
    {
        if (BasisWorking.Of(e, _decision, _record.Case, _producedBy) is not { } working)
        {
            return;
        }

        var netIncome = working.Kind == BasisWorking.Sum.NetIncome;
        var evaluationDate = Date(working.EvaluationDate);
        (IReadOnlyList<IReadOnlyList<Inline>> Cells, string Class) Row(IReadOnlyList<Inline> fact, string date, decimal amount, string inBasis, string rowClass) =>
            ([fact, [W(date)], [W(Fen.Format(amount))], [W(inBasis)]], rowClass);
        var rows = working.Counted.Select(p => Row(FactCell(nameof(PaymentReceived), p.Id), Date(p.ReceivedOn), p.Amount, _words.Report("working.counted"), "counted"))
            .Concat(working.Later.Select(p => Row(FactCell(nameof(PaymentReceived), p.Id), Date(p.ReceivedOn), p.Amount,
                _words.Report("working.after-evaluation-date", evaluationDate), "not-counted")))
            .Concat(working.Deductions.Select(d => Row([.. FactCell(nameof(IncomeDeduction), d.Id), W(Paren(_words, _words.Name(d.Kind)))], _words.Report("none"), d.Amount,
                _words.Report(netIncome ? "working.deducted" : "working.deduction-not-in-money-received"), netIncome ? "deducted" : "not-counted")))
            .ToArray();

        _blocks.Add(new Paragraph([W(_words.Report("working", _words.Text(working.ContractId), evaluationDate))], "working-title"));
        _blocks.Add(new Table(
            [_words.Report("working.fact"), _words.Report("working.date"), _words.Report("working.amount"), _words.Report("working.in-basis")],
            [.. rows.Select(r => r.Cells)], RowClasses: [.. rows.Select(r => r.Class)], LabelColumns: new HashSet<int> { 1, 2 }, Class: "basis-working"));
        var received = working.Counted.Count == 0 ? Fen.Format(0m) : string.Join(" + ", working.Counted.Select(p => Fen.Format(p.Amount)));
        var lines = new List<IReadOnlyList<Inline>> { new[] { W(_words.Report("working.received", received, Fen.Format(working.Received))) } };
        if (netIncome)
        {
            var net = string.Concat(working.Deductions.Select(d => " − " + Fen.Format(d.Amount)));
            lines.Add([W(working.Deductions.Count == 0 ? _words.Report("working.net-no-deductions", Fen.Format(working.Net))
                : _words.Report("working.net", Fen.Format(working.Received) + net, Fen.Format(working.Net))
                + (working.Received < working.Deducted ? _words.Report("clause-separator") + _words.Report("working.net-floor") : string.Empty))]);
        }

        _blocks.Add(new Items(lines));
    }

    private IReadOnlyList<Inline> FactCell(string kind, string id) => [W(_words.FactKind(kind) + " "), new CodeText(id)];

    private void Parameters(string outcomeId)
    {
        if (!_producedBy.TryGetValue(outcomeId, out var entry) || entry.Parameters.Count == 0)
        {
            return;
        }

        _blocks.Add(new Items([.. entry.Parameters.Select(p => (IReadOnlyList<Inline>)
        [
            W(_words.Report("parameter") + Colon(_words)),
            W(_words.Report("parameter.line", _words.Parameter(p.Parameter), ParameterValue(p), Date(p.EffectiveFrom), "“" + p.Reference + "”")),
            W(" "),
            new CodeText(p.Parameter),
        ])]));
    }

    private string ParameterValue(Policy.ParameterReading reading) => reading.Unit switch
    {
        Policy.ParameterUnit.Rate => Rate.Format(reading.Value),
        Policy.ParameterUnit.Yuan => _words.Report("yuan", Fen.Format(reading.Value)),
        _ => reading.Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Each clause the decision cites, with what rests on it: the outcomes (in words, linked) and the derivations of the trace
    /// (linked to their step); a clause cited by nothing else is not listed at all.
    /// </summary>
    private void ClauseIndex()
    {
        _blocks.Add(new Heading(2, [W(_words.Report("clauses"))], "clauses"));
        foreach (var clause in ClausesOf(_decision))
        {
            _blocks.Add(new Heading(3, [W(_words.Citation(clause) + " " + _words.ClauseTitle(clause))], DecisionReport.Anchor(clause)));
            var outcomes = _numbers.Keys.Where(id => ClauseOfOutcome(id) == clause).ToArray();
            var steps = _decision.Trace.Where(t => t.Clause == clause && !t.Produced.Any(_numbers.ContainsKey)).ToArray();
            _blocks.Add(new Items(
            [
                .. outcomes.Select(id => (IReadOnlyList<Inline>)[OutcomeLink(id), W(Colon(_words) + OutcomeTitle(id, withClause: false))]),
                .. steps.Select(t => (IReadOnlyList<Inline>)
                [
                    new PageLink(_words.Report("trace.step", t.Sequence.ToString(CultureInfo.InvariantCulture)), TraceAnchor(t)),
                    W(Colon(_words)), .. Produced(t.Produced),
                ]),
            ]));
        }
    }

    private string? ClauseOfOutcome(string id) =>
        Governing(id)?.Clause ?? _decision.Determinations.FirstOrDefault(d => d.Id == id)?.Clause ?? _decision.Obligations.FirstOrDefault(o => o.Id == id)?.Clause;

    private static string TraceAnchor(TraceEntry t) => "trace-" + t.Sequence.ToString(CultureInfo.InvariantCulture);

    private void Trace()
    {
        _blocks.Add(new Heading(2, [W(_words.Report("trace"))], "trace"));
        _blocks.Add(new Table(
            [_words.Report("trace.sequence"), _words.Report("trace.rule"), _words.Report("trace.clause"), _words.Report("trace.facts"), _words.Report("trace.parameters"), _words.Report("trace.produced"), _words.Report("trace.superseded")],
            [.. _decision.Trace.Select(t => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                [W(t.Sequence.ToString(CultureInfo.InvariantCulture))],
                [new CodeText(t.RuleId)],
                [ClauseLink(t.Clause)],
                Listed(t.MatchedFacts, Fact),
                Listed(t.Parameters, p => [W(_words.Parameter(p.Parameter) + " = " + ParameterValue(p))]),
                Produced(t.Produced),
                Produced(t.Superseded),
            ])], "firing", "trace-table", RowIds: [.. _decision.Trace.Select(TraceAnchor)], LabelColumns: new HashSet<int> { 0, 2 }));
    }

    /// <summary>Each item's inlines, separated by the language's list separator; 无 / none when there is no item.</summary>
    private IReadOnlyList<Inline> Listed<T>(IReadOnlyCollection<T> items, Func<T, IEnumerable<Inline>> inlines) => items.Count == 0 ? [W(_words.Report("none"))]
        : [.. items.SelectMany((item, i) => i == 0 ? inlines(item) : [W(_words.Report("list-separator")), .. inlines(item)])];

    /// <summary>A fact a firing matched: a fact of the case (or a pack) by its kind and its id as code; a fact the engine derived (the evaluation date, a contract's income, （七）'s basis, an outcome) in words.</summary>
    private IEnumerable<Inline> Fact(FactReference f) => f.Type switch
    {
        nameof(EvaluationContext) => [W(_words.Report("derived.evaluation-date", Date(_decision.EvaluationDate)))],
        _ when _numbers.ContainsKey(f.Id) => [OutcomeLink(f.Id)],
        _ when Derived(f.Id) is { } words => [W(words)],
        _ => [W((_words.Has("kind." + f.Type) ? _words.FactKind(f.Type) : _words.Text(f.Type)) + " "), new CodeText(f.Id)],
    };

    /// <summary>What a firing produced: an outcome by its number (linked), a contract's income or （七）'s basis in words, a set-aside by the outcome it set aside.</summary>
    private IReadOnlyList<Inline> Produced(IReadOnlyList<string> ids) => Listed(ids, id => [ProducedOne(id)]);

    private Inline ProducedOne(string id) =>
        _numbers.ContainsKey(id) ? OutcomeLink(id)
        : _decision.Supersessions.FirstOrDefault(s => s.Id == id) is { } s && _numbers.ContainsKey(s.SupersededId)
            ? new PageLink(_words.Report("derived.set-aside", OutcomeLabel(s.SupersededId)), Anchor(s.SupersededId), "outcome")
        : Derived(id) is { } words ? W(words)
        : new CodeText(id);

    /// <summary>A fact the engine derived, in words: a contract's income (<c>income:</c>…) or （七）'s basis (<c>major-project-basis:</c>…).</summary>
    private string? Derived(string id) =>
        id.StartsWith(ContractIncome.IdPrefix, StringComparison.Ordinal) ? _words.Report("derived.income", _words.Text(id[ContractIncome.IdPrefix.Length..]))
        : id.StartsWith(MajorProjectBasis.IdPrefix, StringComparison.Ordinal) ? _words.Report("derived.major-project-basis", _words.Text(id[MajorProjectBasis.IdPrefix.Length..]))
        : null;

    internal static IEnumerable<string> ClausesOf(IncentiveDecision decision) =>
        decision.Trace.Select(t => t.Clause)
            .Concat(decision.Entitlements.Select(e => e.Clause)).Concat(decision.SupersededEntitlements.Select(e => e.Clause))
            .Concat(decision.Determinations.Select(d => d.Clause)).Concat(decision.Obligations.Select(o => o.Clause))
            .Concat(decision.Supersessions.Select(s => s.Clause))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => Clauses.Keys.Keys.ToList().IndexOf(c) is var i && i >= 0 ? i : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal);
}
