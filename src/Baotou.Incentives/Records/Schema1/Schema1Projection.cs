using System.Globalization;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;

namespace Baotou.Incentives.Records.Schema1;

/// <summary>
/// Projects a decision of today's engine into the shape of schema 1, with the English sentences schema 1 held, so that a
/// schema-1 record is replayed in its own terms: the sentences are a frozen rendering keyed by reason code, written once to
/// match what the rules of schema 1 wrote, word for word. Do not edit them to improve the wording: they are evidence of
/// what old records say, and a test replays a committed schema-1 record against them. New wording goes to the catalogs.
/// </summary>
internal static class Schema1Projection
{
    internal static IReadOnlyList<Schema1Entitlement> Entitlements(IEnumerable<Entitlement> entitlements) =>
        [.. entitlements.Select(Project)];

    internal static IReadOnlyList<Schema1Supersession> Supersessions(IEnumerable<Supersession> supersessions) =>
        [.. supersessions.Select(s => new Schema1Supersession(s.Id, s.RuleId, s.Clause, s.SupersededId, s.GoverningId, "从高从新不重复: " + Sentence(s.Reason)))];

    internal static IReadOnlyList<Schema1Determination> Determinations(IEnumerable<Determination> determinations, Func<string, string> documentNumberOf) =>
        [.. determinations.Select(d => new Schema1Determination(d.Id, d.RuleId, d.Clause, d.PackId, d.Topic, d.SubjectFactId, d.Status, Conditions(d, documentNumberOf)))];

    internal static IReadOnlyList<Schema1Obligation> Obligations(IEnumerable<Obligation> obligations) =>
        [.. obligations.Select(o => new Schema1Obligation(o.Id, o.RuleId, o.Clause, o.PackId, o.Topic, o.SubjectFactId, Sentence(o.Requirement), o.State))];

    private static Schema1Entitlement Project(Entitlement e) => new(
        e.Id, e.RuleId, e.Clause, e.PackId, e.PolicyEffectiveFrom, e.Beneficiary, e.Kind, e.SubjectFactId, e.IncomeKey, BasisDescription(e),
        e.Basis, e.Rate, e.MinimumAmount, e.MinimumEquityShare, e.PeriodStart, e.PeriodEnd);

    private static string BasisDescription(Entitlement e)
    {
        var loss = e.Grounds.OfType<LossYear>().FirstOrDefault();
        var owed = e.Grounds.OfType<ProfitYearsOwed>().Any() ? " owed" : string.Empty;
        return e.BasisReason switch
        {
            NetIncomeOf x when e.Grounds.OfType<NationalScienceAward>().Any() => $"net income of the transfer under contract {x.ContractId} (national S&T award achievement)",
            NetIncomeOf x => $"net income of the {x.Mode.ToString().ToLowerInvariant()} under contract {x.ContractId}",
            TransformationIncomeOf x => $"{(x.Income == Policy.TransformationIncomeBasis.NetIncome ? "net" : "gross")} transformation income received under contract {x.ContractId}, undertaken by {x.OfficeName}",
            MoneyReceivedUnder => MoneyReceived,
            EquityConversionAmountOf => EquityConversion,
            EquityFormedUnder x => $"equity formed by investing the achievement under contract {x.ContractId}, valued at its conversion amount",
            OperatingProfitOf x when loss is not null => $"operating profit of fiscal year {x.FiscalYear} (profit year {x.ProfitYear} of {x.FirstYear}–{x.LastYear}{owed}): a loss of {Fen.Format(loss.Loss)}, nothing to share",
            OperatingProfitOf x => $"operating profit of fiscal year {x.FiscalYear} (profit year {x.ProfitYear} of {x.FirstYear}–{x.LastYear}{owed})",
            SurplusInvested x => $"surplus of commissioned project {x.ProjectName} invested in transformation",
            _ => Sentence(e.BasisReason),
        };
    }

    private const string MoneyReceived = "money received under the contract (到账金额)";
    private const string EquityConversion = "equity conversion amount (股权折算金额)";

    private static IReadOnlyList<Schema1Condition> Conditions(Determination d, Func<string, string> documentNumberOf)
    {
        // Conditions issue 12 added to findings schema 1 already made say, when met, nothing schema 1 said: （三）'s reach of the
        // unit's kind, and （八）'s national-award share standing beside the unit's terms. Projected away, so that an old record
        // of those findings replays in its own terms; unmet (a unit （三） no longer reaches) the finding differs, and replay says so.
        var conditions = d.Conditions
            .Where(c => !(c.Met && c.Reason is UnitKindInScope && d.RuleId == "149-3-income-retained"))
            .Where(c => c.Reason is not NationalAwardShareStands)
            .Select(c => new Schema1Condition(c.Name, c.Met, Detail(c, documentNumberOf))).ToList();

        // Schema 1 listed the text's silence on an amount or a ratio as a failed condition; schema 2 says it by modality.
        switch (d.RuleId, d.Topic)
        {
            case ("149-7-regional-incentive", "city-support"):
                conditions.Add(new("city-support-amount-set-by-text", false, "市本级给予适当资金支持: the text sets no amount"));
                break;
            case ("149-4-pilot-platform", _):
                conditions.Add(new("support-amount-set-by-text", false, "按照相关规定予以支持: the text sets no amount"));
                break;
            case ("149-9-surplus-performance-pay", _):
                conditions.Insert(0, new("ratio-set-by-text", false, "横向委托项目结余经费可用于绩效发放，比例自行约定: the parties agree the ratio"));
                break;
        }

        return conditions;
    }

    private static string Detail(Condition c, Func<string, string> documentNumberOf) => (c.Reason, c.Met) switch
    {
        (MajorProjectThreshold x, true) => $"{Fen.Format(x.Basis)} ≥ {Fen.Format(x.Threshold)}",
        (MajorProjectThreshold x, false) => $"{Fen.Format(x.Basis)} < {Fen.Format(x.Threshold)} ({(x.BasisKind == MajorProjectBasisKind.MoneyReceived ? MoneyReceived : EquityConversion)})",
        (LandsInBaotou x, _) => $"contract {x.ContractId} ({x.RegistrationNumber}) does not land in Baotou",
        (NoDistributionRule x, true) => $"{x.UnitName} has no income distribution rule",
        (NoDistributionRule x, false) => $"{x.UnitName} has its own income distribution rule",
        (NoRewardAgreement, true) => "no contract fixes the rewards",
        (NoRewardAgreement, false) => "a contract fixes the rewards",
        (ProfitYearWithinTerm x, _) => $"fiscal year {x.FiscalYear} is profit year {x.ProfitYear}; only years {x.FirstYear}–{x.LastYear} after production on {Iso(x.ProductionSucceededOn)} are shared",
        (ProfitYearOwed x, _) => $"fiscal year {x.FiscalYear} is profit year {x.ProfitYear}; years {x.FirstYear}–{x.LastYear} are owed in any case",
        (ProfitYearWithinLongestTerm x, _) => $"years up to {x.LastYear} are owed if the unit chose a term of up to {x.MaximumYears:0} years",
        (OutsidePerformancePayTotal, _) => "项目绩效经费纳入绩效工资管理，不受核定的绩效总量限制",
        (IncomeRetained x, _) => $"{Rate.Format(x.Share)} of the income of contract {x.ContractId} stays with {x.UnitName}, not turned over (留归本单位，不上缴)",
        (NoApprovalNeeded x, _) => $"{x.UnitName} disposes of the equity of contract {x.ContractId} without approval (不审批)",
        (NoFilingNeeded, _) => "nor filing (不备案)",
        (OutsideAppreciationAssessment, _) => "and it is outside state-asset preservation and appreciation assessment (不纳入国有资产保值增值管理考核范围)",
        (UseRightTerm x, _) => $"{Iso(x.StartsOn)} to {Iso(x.EndsOn)} is {x.Years} years {x.Months} months {x.Days} days; at least {x.MinimumYears:0} years means ending on or after {Iso(x.EarliestEnd)}",
        (WrittenAgreementSigned, true) => "a written agreement was signed",
        (WrittenAgreementSigned, false) => "no written agreement was signed (应签署书面协议)",
        (AgreementSetsIncomeDistribution, true) => "the agreement sets how income is distributed",
        (AgreementSetsIncomeDistribution, false) => "the agreement does not set how income is distributed (合理约定成果的收益分配等事项)",
        (AgreementPerformed x, true) => $"the researchers performed the agreement of use right {x.UseRightGrantId}",
        (AgreementPerformed x, false) => $"the researchers did not perform the agreement of use right {x.UseRightGrantId} (履行协议)",
        (PositiveProgress, true) => "the transformation made positive progress",
        (PositiveProgress, false) => "the transformation made no positive progress (取得积极进展)",
        (GoodIncome, true) => "income has been good",
        (GoodIncome, false) => "income has not been good (收益情况良好)",
        (PilotUnit x, _) => $"{x.UnitName} is a {x.Kind}; pilots are universities and research institutes (高校、科研院所)",
        (TransformationRightsDefined, true) => "the agreement makes the transformation rights clear",
        (TransformationRightsDefined, false) => "the agreement does not make the transformation rights clear (明确科技成果转化权益)",
        (SharesMakeWhole x, _) => $"unit {Rate.Format(x.UnitShare)} + team {Rate.Format(x.TeamShare)} = {Rate.Format(x.Total)}; the shares must make 100%",
        (CoOwnersEachHoldShare x, _) => $"co-ownership (共同所有权人): unit and team must each hold a share; unit {Rate.Format(x.UnitShare)}, team {Rate.Format(x.TeamShare)}",
        (TeamHoldsAll x, _) => $"transfer of the unit's share (让渡): the team must then hold all ownership and transform it itself (获得全部所有权后，自主转化); team {Rate.Format(x.TeamShare)}",
        (NoApprovalBeforeEmpowerment x, _) => $"the {Empowerment(x.SubjectKind)} of {Iso(x.MadeOn)} concerns an achievement involving state secrets, and no approval is recorded",
        (ApprovalAfterEmpowerment x, _) => $"the {Empowerment(x.SubjectKind)} of {Iso(x.MadeOn)} came before the approval of {Iso(x.ApprovedOn)} ({x.ApprovalId}); it must be made again after approval",
        (NoSecrecyApproval x, _) => $"{x.AchievementTitle} involves state secrets and no approval is recorded",
        (SecrecyApproved x, _) => $"approved on {Iso(x.ApprovedOn)} by {x.Authority} ({x.ApprovalId})",
        (PublishedBeforeSigning x, _) => $"published {Iso(x.PublishedOn)}, contract signed {Iso(x.SignedOn)}",
        (NothingPublished x, _) => $"nothing was published before contract {x.ContractId} was signed on {Iso(x.SignedOn)}",
        (NamePublished, true) => "the name was published",
        (NamePublished, false) => "the name was not published (科技成果名称)",
        (SummaryPublished, true) => "a summary was published",
        (SummaryPublished, false) => "no summary was published (简介)",
        (ProposedPricePublished, true) => "the proposed price was published",
        (ProposedPricePublished, false) => "the proposed price was not published (拟交易价格)",
        (EncouragedPricingMethod x, true) => $"priced by {x.Method}, as the measure encourages",
        (EncouragedPricingMethod, false) => "priced by another method, which the measure allows (等方式) though it encourages auction or negotiation",
        (Diligent x, true) => $"{x.Reviewed} fulfilled the duty of diligence",
        (Diligent x, false) => $"{x.Reviewed} did not fulfil the duty of diligence (勤勉尽职)",
        (DemocraticDecision, true) => "the decision was made democratically",
        (DemocraticDecision, false) => "the decision was not made democratically (民主决策)",
        (PricePublishedAsRequired x, true) => $"the name, summary and proposed price were published before contract {x.ContractId} was signed",
        (PricePublishedAsRequired x, false) => $"the proposed price was not published as required before contract {x.ContractId} was signed (按规定公示拟交易价格)",
        (NoIllegalGain, true) => "no illegal gain was sought",
        (NoIllegalGain, false) => "an illegal gain was sought (牟取非法利益)",
        (FocusAreaNamed x, true) => $"{x.PlatformName} serves {x.FocusArea}, an area the measure names",
        (FocusAreaNamed x, false) => $"{x.PlatformName} serves none of the areas the measure names (两个稀土基地、世界绿色硅都、5 个重点战新产业、传统产业改造升级)",
        (OpenToPublic, true) => "it is open to the public",
        (OpenToPublic, false) => "it is not open to the public (面向社会开放)",
        (FiscalFunding, true) => "the project received fiscal science and technology funding",
        (FiscalFunding, false) => "the project received no fiscal science and technology funding (获得财政科技经费支持)",
        (HelpedLandLocally x, true) => $"{x.CommissionerName} helped {x.AchievementTitle} land and be transformed locally",
        (HelpedLandLocally x, false) => $"{x.CommissionerName} did not help {x.AchievementTitle} land locally (促成科技成果落地转化)",
        (IncentiveFollowsRole x, _) => $"the incentives of the transformation policies for {x.Role} apply; this measure sets no amount of its own",
        (EventOnOrAfterEffectiveDate x, _) => $"{EventDescription(x.SubjectKind)} on {Iso(x.EventDate)}, before {documentNumberOf(x.PackId)} took effect on {Iso(x.EffectiveFrom)}",
        _ => Sentence(c.Reason),
    };

    private static string Sentence(IReason reason) => reason switch
    {
        HigherAmount x => $"higher amount: {Fen.Format(x.GoverningAmount)} ({Rate.Format(x.GoverningRate)}, {x.GoverningRuleId}) > {Fen.Format(x.SupersededAmount)} ({Rate.Format(x.SupersededRate)}, {x.SupersededRuleId})",
        NewerPolicy x => $"equal amounts {Fen.Format(x.Amount)}; newer policy: {x.GoverningPackId} (from {Iso(x.GoverningFrom)}) over {x.SupersededPackId} (from {Iso(x.SupersededFrom)})",
        SameDateTieBreak x => $"equal amounts {Fen.Format(x.Amount)} under policies of the same date; {x.GoverningId} governs by rate and id",
        ObtainSecrecyApproval x => $"obtain approval under the science and technology secrecy rules before empowering researchers over or transforming {x.AchievementTitle}",
        PublishBeforeSigning x => $"publish the achievement's name, summary and proposed price on the unit's internal website before contract {x.ContractId} is signed on {Iso(x.SignedOn)}",
        RecordedText x => x.Text,

        // A code schema 1 never had cannot be said in its words: the replay then names this difference.
        _ => "(no schema-1 wording for " + reason.GetType().Name + ")",
    };

    private static string Empowerment(string kind) => kind == nameof(Facts.OwnershipArrangement) ? "ownership arrangement" : "use right";

    private static string EventDescription(string kind) => kind switch
    {
        nameof(Facts.PilotPlatform) => "pilot platform established",
        nameof(Facts.TechnologyContract) => "contract signed",
        nameof(Facts.CommissionerEngagement) => "commissioner engaged",
        nameof(Facts.UseRightExtension) => "use right extension requested",
        nameof(Facts.SelfImplementation) => "production succeeded",
        nameof(Facts.UseRightGrant) => "use right granted",
        nameof(Facts.OwnershipArrangement) => "ownership arranged",
        nameof(Facts.CommissionedResearchSurplus) => "surplus use decided",
        _ => kind,
    };

    private static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The first difference between a schema-1 record and today's decision projected into schema 1, both written by schema 1's
    /// contract and walked as JSON trees (<see cref="Replay.DecisionComparison"/>): every field of every outcome and the trace,
    /// named by its JSON path in the record.
    /// </summary>
    internal static Replay.ReplayDifference? FirstDifference(Schema1Document recorded, IncentiveDecision now, Func<string, string> documentNumberOf)
    {
        var projected = recorded with
        {
            EvaluationDate = now.EvaluationDate,
            Packs = now.PackIds,
            Entitlements = Entitlements(now.Entitlements),
            SupersededEntitlements = Entitlements(now.SupersededEntitlements),
            Supersessions = Supersessions(now.Supersessions),
            Determinations = Determinations(now.Determinations, documentNumberOf),
            Obligations = Obligations(now.Obligations),
            Trace = now.Trace,
        };
        using var before = System.Text.Json.JsonSerializer.SerializeToDocument(recorded, Schema1Json.Compact.Schema1Document);
        using var after = System.Text.Json.JsonSerializer.SerializeToDocument(projected, Schema1Json.Compact.Schema1Document);
        return Replay.DecisionComparison.FirstDifference(before.RootElement, after.RootElement);
    }
}
