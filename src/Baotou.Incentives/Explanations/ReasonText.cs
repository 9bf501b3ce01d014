using System.Globalization;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// Renders a reason in a catalog's language: one line per code, each argument formatted by its type (amounts to the fen,
/// rates as percentages, ISO dates, enum values and fact kinds by their catalog names). Text a case supplies (ids, names)
/// goes through the catalog's text hook, which isolates it for bidirectional text in reports.
/// </summary>
internal static class ReasonText
{
    internal static string Render(IReason reason, Catalog catalog) => reason switch
    {
        NetIncomeOf x => catalog.Format("basis.net-income", catalog.Text(x.ContractId), catalog.Name(x.Mode)),
        TransformationIncomeOf x => catalog.Format("basis.transformation-income", catalog.Text(x.ContractId), catalog.Name(x.Income), catalog.Text(x.OfficeName)),
        MoneyReceivedUnder x => catalog.Format("basis.money-received", catalog.Text(x.ContractId)),
        EquityConversionAmountOf x => catalog.Format("basis.equity-conversion-amount", catalog.Text(x.ContractId)),
        EquityFormedUnder x => catalog.Format("basis.equity-formed", catalog.Text(x.ContractId), Rate.Format(x.EquityShareFormed)),
        OperatingProfitOf x => catalog.Format("basis.operating-profit", catalog.Text(x.SelfImplementationId), Int(x.FiscalYear), Int(x.ProfitYear), Int(x.FirstYear), Int(x.LastYear)),
        SurplusInvested x => catalog.Format("basis.surplus-invested", catalog.Text(x.SurplusId), catalog.Text(x.ProjectName)),
        NationalScienceAward x => catalog.Format("ground.national-science-award", catalog.Text(x.AchievementId)),
        LossYear x => catalog.Format("ground.loss-year", Int(x.FiscalYear), Fen.Format(x.Loss)),
        ProfitYearsOwed x => catalog.Format("ground.profit-years-owed", Count(x.MinimumYears)),
        MajorProjectThreshold x => catalog.Format("condition.major-project-threshold", catalog.Text(x.ContractId), catalog.Name(x.BasisKind), Fen.Format(x.Basis), Fen.Format(x.Threshold)),
        LandsInBaotou x => catalog.Format("condition.lands-in-baotou", catalog.Text(x.ContractId), catalog.Text(x.RegistrationNumber)),
        NoDistributionRule x => catalog.Format("condition.no-distribution-rule", catalog.Text(x.UnitId), catalog.Text(x.UnitName)),
        NoRewardAgreement x => catalog.Format("condition.no-reward-agreement"),
        ProfitYearWithinTerm x => catalog.Format("condition.profit-year-within-term", Int(x.FiscalYear), Int(x.ProfitYear), Int(x.FirstYear), Int(x.LastYear), Iso(x.ProductionSucceededOn)),
        ProfitYearOwed x => catalog.Format("condition.profit-year-owed", Int(x.FiscalYear), Int(x.ProfitYear), Int(x.FirstYear), Int(x.LastYear)),
        ProfitYearWithinLongestTerm x => catalog.Format("condition.profit-year-within-longest-term", Int(x.LastYear), Count(x.MaximumYears)),
        OutsidePerformancePayTotal x => catalog.Format("condition.outside-performance-pay-total"),
        IncomeRetained x => catalog.Format("condition.income-retained", catalog.Text(x.ContractId), catalog.Text(x.UnitName), Rate.Format(x.Share)),
        NoApprovalNeeded x => catalog.Format("condition.no-approval", catalog.Text(x.ContractId), catalog.Text(x.UnitName)),
        NoFilingNeeded x => catalog.Format("condition.no-filing"),
        OutsideAppreciationAssessment x => catalog.Format("condition.outside-appreciation-assessment"),
        UseRightTerm x => catalog.Format("condition.use-right-term", Iso(x.StartsOn), Iso(x.EndsOn), Int(x.Years), Int(x.Months), Int(x.Days), Count(x.MinimumYears), Iso(x.EarliestEnd)),
        WrittenAgreementSigned x => catalog.Format("condition.written-agreement-signed"),
        AgreementSetsIncomeDistribution x => catalog.Format("condition.agreement-sets-income-distribution"),
        AgreementPerformed x => catalog.Format("condition.agreement-performed", catalog.Text(x.UseRightGrantId)),
        PositiveProgress x => catalog.Format("condition.positive-progress"),
        GoodIncome x => catalog.Format("condition.good-income"),
        PilotUnit x => catalog.Format("condition.pilot-unit", catalog.Text(x.UnitName), catalog.Name(x.Kind)),
        TransformationRightsDefined x => catalog.Format("condition.transformation-rights-defined"),
        SharesMakeWhole x => catalog.Format("condition.shares-make-whole", Rate.Format(x.UnitShare), Rate.Format(x.TeamShare), Rate.Format(x.Total)),
        CoOwnersEachHoldShare x => catalog.Format("condition.co-owners-each-hold-share", Rate.Format(x.UnitShare), Rate.Format(x.TeamShare)),
        TeamHoldsAll x => catalog.Format("condition.team-holds-all", Rate.Format(x.TeamShare)),
        NoApprovalBeforeEmpowerment x => catalog.Format("condition.no-approval-before-empowerment", catalog.FactKind(x.SubjectKind), Iso(x.MadeOn)),
        ApprovalAfterEmpowerment x => catalog.Format("condition.approval-after-empowerment", catalog.FactKind(x.SubjectKind), Iso(x.MadeOn), catalog.Text(x.ApprovalId), Iso(x.ApprovedOn)),
        NoSecrecyApproval x => catalog.Format("condition.no-secrecy-approval", catalog.Text(x.AchievementId), catalog.Text(x.AchievementTitle)),
        SecrecyApproved x => catalog.Format("condition.secrecy-approved", catalog.Text(x.ApprovalId), Iso(x.ApprovedOn), catalog.Text(x.Authority)),
        PublishedBeforeSigning x => catalog.Format("condition.published-before-signing", catalog.Text(x.ContractId), Iso(x.PublishedOn), Iso(x.SignedOn)),
        NothingPublished x => catalog.Format("condition.nothing-published", catalog.Text(x.ContractId), Iso(x.SignedOn)),
        NamePublished x => catalog.Format("condition.name-published"),
        SummaryPublished x => catalog.Format("condition.summary-published"),
        ProposedPricePublished x => catalog.Format("condition.proposed-price-published"),
        EncouragedPricingMethod x => catalog.Format("condition.encouraged-pricing-method", catalog.Name(x.Method)),
        Diligent x => catalog.Format("condition.diligent", catalog.Text(x.Reviewed)),
        DemocraticDecision x => catalog.Format("condition.democratic-decision"),
        PricePublishedAsRequired x => catalog.Format("condition.price-published-as-required", catalog.Text(x.ContractId)),
        NoIllegalGain x => catalog.Format("condition.no-illegal-gain"),
        FocusAreaNamed x => catalog.Format("condition.focus-area-named", catalog.Text(x.PlatformName), catalog.Name(x.FocusArea)),
        OpenToPublic x => catalog.Format("condition.open-to-public"),
        FiscalFunding x => catalog.Format("condition.fiscal-funding"),
        HelpedLandLocally x => catalog.Format("condition.helped-land-locally", catalog.Text(x.CommissionerName), catalog.Text(x.AchievementTitle)),
        IncentiveFollowsRole x => catalog.Format("condition.incentive-follows-role", catalog.Name(x.Role)),
        EventOnOrAfterEffectiveDate x => catalog.Format("condition.event-on-or-after-effective-date", catalog.FactKind(x.SubjectKind), Iso(x.EventDate), PackName(x.PackId, catalog), Iso(x.EffectiveFrom)),
        ObtainSecrecyApproval x => catalog.Format("requirement.secrecy-approval", catalog.Text(x.AchievementId), catalog.Text(x.AchievementTitle)),
        PublishBeforeSigning x => catalog.Format("requirement.publish-before-signing", catalog.Text(x.ContractId), Iso(x.SignedOn)),
        HigherAmount x => catalog.Format("supersession.higher-amount", Fen.Format(x.GoverningAmount), Rate.Format(x.GoverningRate), RuleClause(x.GoverningRuleId, catalog), Fen.Format(x.SupersededAmount), Rate.Format(x.SupersededRate), RuleClause(x.SupersededRuleId, catalog)),
        NewerPolicy x => catalog.Format("supersession.newer-policy", Fen.Format(x.Amount), catalog.Text(x.GoverningPackId), Iso(x.GoverningFrom), catalog.Text(x.SupersededPackId), Iso(x.SupersededFrom)),
        SameDateTieBreak x => catalog.Format("supersession.same-date-tie-break", Fen.Format(x.Amount), catalog.Text(x.GoverningId)),
        TransferOfficeEquityOf x => catalog.Format("basis.transfer-office-equity", catalog.Text(x.ContractId), catalog.Text(x.OfficeName)),
        ProfitYearInPart x => catalog.Format("ground.profit-year-in-part", Int(x.FiscalYear), Iso(x.From), Iso(x.To), Int(x.DaysInside), Int(x.DaysOfYear)),
        OwnRuleMustMeetFloor x => catalog.Format("ground.own-rule-must-meet-floor", catalog.Text(x.UnitId)),
        TookPartInKeyStage x => catalog.Format("condition.took-part-in-key-stage", catalog.Text(x.CommissionerName), catalog.Name(x.Role)),
        TakesPartThroughout x => catalog.Format("condition.takes-part-throughout", catalog.Text(x.CommissionerName), catalog.Text(x.AchievementTitle)),
        AgencyAchievedResults x => catalog.Format("condition.agency-achieved-results", catalog.Text(x.AgencyName)),
        ManagedAsTransformationIncome x => catalog.Format("condition.managed-as-transformation-income", catalog.Text(x.ProjectName)),
        SurplusRatioAgreed x => catalog.Format("condition.surplus-ratio-agreed", catalog.Text(x.ProjectName)),
        NoApprovalBeforeTransformation x => catalog.Format("condition.no-approval-before-transformation", catalog.Text(x.ContractId), catalog.Name(x.Mode), Iso(x.SignedOn)),
        ApprovalAfterTransformation x => catalog.Format("condition.approval-after-transformation", catalog.Text(x.ContractId), catalog.Name(x.Mode), Iso(x.SignedOn), catalog.Text(x.ApprovalId), Iso(x.ApprovedOn)),
        ExemptionScope x => catalog.Format("condition.exemption-scope"),
        FullPublicityAsRequired x => catalog.Format("condition.full-publicity-as-required", catalog.Text(x.ContractId)),
        NationalAwardShareStands x => catalog.Format("condition.national-award-share-stands", catalog.Text(x.AchievementId)),
        MayEnjoyBeyondOwedFloor x => catalog.Format("condition.may-enjoy-beyond-owed-floor", Fen.Format(x.PermissionAmount), Rate.Format(x.PermissionRate), Fen.Format(x.OwedAmount), Rate.Format(x.OwedRate), ClauseName(x.OwedClause, catalog)),
        AmountPendingApproval x => catalog.Format("condition.amount-pending-approval", Fen.Format(x.Amount), catalog.Text(x.ContractId)),
        ProfitYearNotEnded x => catalog.Format("condition.profit-year-ended", Int(x.FiscalYear), Iso(x.YearEnds), Iso(x.EvaluationDate), catalog.Text(x.ProfitId)),
        UnitKindInScope x => catalog.Format("condition.unit-kind-in-scope", catalog.Text(x.UnitName), catalog.Name(x.UnitKind), catalog.Name(x.Named)),
        EquityCountsAsTransformationIncome x => catalog.Format("condition.equity-counts-as-transformation-income", catalog.Text(x.ContractId), catalog.Name(x.Reading)),
        NationalAwardTransferOnly x => catalog.Format("condition.national-award-transfer", catalog.Text(x.ContractId), catalog.Name(x.Mode)),
        MeasureReachesFacts x => catalog.Format("condition.measure-reaches-facts", catalog.Text(x.UnitId), catalog.Text(x.UnitName)),
        ChangedDuringTerm x => catalog.Format("condition.changed-during-term", catalog.Text(x.ChangePackId), Iso(x.ChangeFrom), catalog.Text(x.ChangedPackId), Iso(x.ChangedPackFrom)),
        EventOnOrAfterChange x => catalog.Format("condition.event-on-or-after-change", catalog.FactKind(x.SubjectKind), Iso(x.EventDate), catalog.Text(x.ChangePackId), Iso(x.ChangeFrom), catalog.Text(x.ChangedPackId)),
        StateEstablishedUnit x => catalog.Format("condition.state-established", catalog.Text(x.UnitId)),
        StateEstablishmentNotGiven x => catalog.Format("condition.state-established-not-given", catalog.Text(x.UnitId)),
        OwnRuleSetsRate x => catalog.Format("condition.own-rule-sets-rate", catalog.Text(x.UnitId), catalog.Name(x.Basis)),
        OwnRateAtLeastFloor x => catalog.Format("condition.own-rate-at-least-floor", catalog.Name(x.Basis), Fen.Format(x.BasisAmount), Rate.Format(x.OwnRate), Rate.Format(x.FloorRate), Fen.Format(x.FloorAmount), Fen.Format(x.OwnAmount), Fen.Format(x.Shortfall)),
        NoOwnRuleOrAgreement x => catalog.Format("condition.no-own-rule-or-agreement", catalog.Text(x.UnitId), catalog.Text(x.UnitName)),
        OwnRatesGiven x => catalog.Format("condition.own-rates-given", catalog.Text(x.UnitId)),
        ChangedProvisionFollowed x => catalog.Format("supersession.changed-provision", catalog.Text(x.GoverningPackId), catalog.Name(x.GoverningLevel), Iso(x.GoverningFrom), Fen.Format(x.GoverningAmount), Rate.Format(x.GoverningRate), Fen.Format(x.SupersededAmount), Rate.Format(x.SupersededRate), catalog.Text(x.SupersededPackId)),
        BothFloorsHigherMeetsLower x => catalog.Format("supersession.both-floors", Fen.Format(x.GoverningAmount), Rate.Format(x.GoverningRate), RuleClause(x.GoverningRuleId, catalog), Fen.Format(x.SupersededAmount), Rate.Format(x.SupersededRate), RuleClause(x.SupersededRuleId, catalog)),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.GetType().Name, "has no wording in the catalogs"),
    };

    private static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A clause a reason names, by its name in the catalog's language (e.g. "No. 149 (8)"), as it stands in the text.</summary>
    private static string ClauseName(string clause, Catalog catalog) =>
        catalog.Text(Rules.Clauses.Keys.TryGetValue(clause, out var key) ? catalog.Get("clause." + key) : clause);

    /// <summary>A rule by the clause it implements, in words (149号·（八）), or its id when the rule set does not know it.</summary>
    private static string RuleClause(string ruleId, Catalog catalog) =>
        Rules.RuleCatalog.ById.TryGetValue(ruleId, out var rule) && Rules.Clauses.Keys.TryGetValue(rule.Clause, out var key)
            ? catalog.Get("clause." + key)
            : catalog.Text(ruleId);

    /// <summary>A shipped pack by its name in the catalog (包府办发〔2023〕149号《…》), any other by its id.</summary>
    private static string PackName(string packId, Catalog catalog) => catalog.Has("pack." + packId) ? catalog.Get("pack." + packId) : catalog.Text(packId);
}
