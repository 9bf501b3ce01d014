using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>
/// Builds a case one readable line per fact. Problems do not stop the building: <see cref="Build"/> reports every refused
/// value and every broken relation in one <see cref="IncentiveValidationException"/>.
/// </summary>
/// <example>
/// <code>
/// var incentiveCase = new IncentiveCaseBuilder("case-1")
///     .Unit("U1", "包头某大学", UnitKind.University)
///     .Achievement("A1", "U1", "稀土永磁材料制备技术", "张团队")
///     .Contract("C1", "A1", TransformationMode.Transfer, new LocalDate(2024, 3, 1), 2_500_000m)
///     .Payment("P1", "C1", new LocalDate(2024, 4, 1), 2_500_000m)
///     .Build();
/// </code>
/// </example>
public sealed class IncentiveCaseBuilder
{
    private readonly string _caseId;
    private readonly List<ICaseFact> _facts = [];
    private readonly List<ValidationProblem> _problems = [];

    /// <summary>Starts a case.</summary>
    /// <param name="caseId">The case's id.</param>
    public IncentiveCaseBuilder(string caseId)
    {
        _caseId = caseId;
    }

    /// <summary>Adds a unit.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="kind">What kind of organisation it is.</param>
    /// <param name="hasRewardDistributionRule">Whether it has its own income distribution rule.</param>
    /// <param name="hasRewardAgreement">Whether a contract fixes the rewards.</param>
    /// <param name="stateEstablished">Whether it is a research and development institution or university established by the state
    /// (《促进科技成果转化法》第四十五条第二款); <see langword="null"/> when not known.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Unit(
        string id, string name, UnitKind kind, bool hasRewardDistributionRule = false, bool hasRewardAgreement = false, bool? stateEstablished = null) =>
        Add(() => new Unit(id, name, kind, hasRewardDistributionRule, hasRewardAgreement, stateEstablished));

    /// <summary>Adds a service achievement.</summary>
    /// <param name="id">The achievement's id.</param>
    /// <param name="unitId">The owning unit's id.</param>
    /// <param name="title">The achievement's title.</param>
    /// <param name="completingTeam">The completing person or team.</param>
    /// <param name="hasNationalScienceAward">Whether it won a national science and technology award.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Achievement(string id, string unitId, string title, string completingTeam, bool hasNationalScienceAward = false) =>
        Add(() => new Achievement(id, unitId, title, completingTeam, hasNationalScienceAward));

    /// <summary>Adds a registered technology contract.</summary>
    /// <param name="id">The contract's id.</param>
    /// <param name="achievementId">The transformed achievement's id.</param>
    /// <param name="mode">Transfer, licence or equity investment.</param>
    /// <param name="signedOn">The signing date.</param>
    /// <param name="contractAmount">The contract amount in yuan.</param>
    /// <param name="landsInBaotou">Whether the transformation lands in Baotou.</param>
    /// <param name="registrationNumber">The registry's number; the id when omitted.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Contract(
        string id, string achievementId, TransformationMode mode, LocalDate signedOn, decimal contractAmount, bool landsInBaotou = true, string? registrationNumber = null) =>
        Add(() => new TechnologyContract(id, achievementId, registrationNumber ?? id, mode, signedOn, contractAmount, landsInBaotou));

    /// <summary>Adds an instalment received under a contract.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="contractId">The contract's id.</param>
    /// <param name="receivedOn">The date the money arrived.</param>
    /// <param name="amount">The amount in yuan.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Payment(string id, string contractId, LocalDate receivedOn, decimal amount) =>
        Add(() => new PaymentReceived(id, contractId, receivedOn, amount));

    /// <summary>Adds a cost deducted from a contract's gross income.</summary>
    /// <param name="id">The deduction's id.</param>
    /// <param name="contractId">The contract's id.</param>
    /// <param name="kind">What the cost is for.</param>
    /// <param name="amount">The amount in yuan.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Deduction(string id, string contractId, DeductionKind kind, decimal amount) =>
        Add(() => new IncomeDeduction(id, contractId, kind, amount));

    /// <summary>Adds the valuation of an equity investment.</summary>
    /// <param name="id">The conversion's id.</param>
    /// <param name="contractId">The equity-investment contract's id.</param>
    /// <param name="valuedOn">The valuation date.</param>
    /// <param name="convertedAmount">The equity conversion amount in yuan.</param>
    /// <param name="equityShareFormed">The share of the investee's equity formed, as a fraction.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder EquityConversion(string id, string contractId, LocalDate valuedOn, decimal convertedAmount, decimal equityShareFormed) =>
        Add(() => new EquityConversion(id, contractId, valuedOn, convertedAmount, equityShareFormed));

    /// <summary>Records that the unit's technology transfer office undertook a contract's transformation.</summary>
    /// <param name="id">The engagement's id.</param>
    /// <param name="contractId">The contract's id.</param>
    /// <param name="officeName">The office's name.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder TransferOffice(string id, string contractId, string officeName) =>
        Add(() => new TransferOfficeEngagement(id, contractId, officeName));

    /// <summary>Adds a self-implementation of an achievement.</summary>
    /// <param name="id">The implementation's id.</param>
    /// <param name="achievementId">The achievement's id.</param>
    /// <param name="productionSucceededOn">The date production succeeded.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder SelfImplementation(string id, string achievementId, LocalDate productionSucceededOn) =>
        Add(() => new SelfImplementation(id, achievementId, productionSucceededOn));

    /// <summary>Adds a fiscal year's operating profit of a self-implementation.</summary>
    /// <param name="id">The row's id.</param>
    /// <param name="selfImplementationId">The self-implementation's id.</param>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="amount">The operating profit in yuan; negative for a loss.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder OperatingProfit(string id, string selfImplementationId, int fiscalYear, decimal amount) =>
        Add(() => new OperatingProfit(id, selfImplementationId, fiscalYear, amount));

    /// <summary>Adds a commissioned research project's surplus and its use.</summary>
    /// <param name="id">The surplus row's id.</param>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="projectName">The project's name.</param>
    /// <param name="decidedOn">The date the use was decided.</param>
    /// <param name="amount">The surplus in yuan.</param>
    /// <param name="use">What it is used for.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder CommissionedSurplus(string id, string unitId, string projectName, LocalDate decidedOn, decimal amount, SurplusUse use) =>
        Add(() => new CommissionedResearchSurplus(id, unitId, projectName, decidedOn, amount, use));

    /// <summary>Adds an arrangement giving researchers ownership of an achievement (149号·（一）).</summary>
    /// <param name="id">The arrangement's id.</param>
    /// <param name="achievementId">The achievement's id.</param>
    /// <param name="kind">Co-ownership, or transfer of the unit's share.</param>
    /// <param name="arrangedOn">The date it was made.</param>
    /// <param name="unitShare">The unit's share afterwards, as a fraction.</param>
    /// <param name="teamShare">The team's share afterwards, as a fraction.</param>
    /// <param name="signedWrittenAgreement">Whether a written agreement was signed.</param>
    /// <param name="rightsDefined">Whether the agreement makes the transformation rights clear.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Ownership(
        string id, string achievementId, OwnershipArrangementKind kind, LocalDate arrangedOn, decimal unitShare, decimal teamShare,
        bool signedWrittenAgreement = true, bool rightsDefined = true) =>
        Add(() => new OwnershipArrangement(id, achievementId, kind, arrangedOn, signedWrittenAgreement, rightsDefined, unitShare, teamShare));

    /// <summary>Adds a long-term use right granted to researchers (149号·（二）).</summary>
    /// <param name="id">The grant's id.</param>
    /// <param name="achievementId">The achievement's id.</param>
    /// <param name="startsOn">The first day of the term.</param>
    /// <param name="endsOn">The day the term ends.</param>
    /// <param name="signedAgreement">Whether a written agreement was signed.</param>
    /// <param name="setsIncomeDistribution">Whether the agreement sets how income is distributed.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder UseRight(
        string id, string achievementId, LocalDate startsOn, LocalDate endsOn, bool signedAgreement = true, bool setsIncomeDistribution = true) =>
        Add(() => new UseRightGrant(id, achievementId, startsOn, endsOn, signedAgreement, setsIncomeDistribution));

    /// <summary>Adds a request to extend a use right, with the three findings it depends on (149号·（二）).</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="useRightGrantId">The use right's id.</param>
    /// <param name="requestedOn">The date of the request.</param>
    /// <param name="agreementPerformed">Whether the researchers performed the agreement.</param>
    /// <param name="positiveProgress">Whether the transformation made positive progress.</param>
    /// <param name="goodIncome">Whether income has been good.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder UseRightExtension(
        string id, string useRightGrantId, LocalDate requestedOn, bool agreementPerformed, bool positiveProgress, bool goodIncome) =>
        Add(() => new UseRightExtension(id, useRightGrantId, requestedOn, agreementPerformed, positiveProgress, goodIncome));

    /// <summary>Records that an achievement involves state secrets (149号·（十二）).</summary>
    /// <param name="id">The designation's id.</param>
    /// <param name="achievementId">The achievement's id.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder StateSecret(string id, string achievementId) =>
        Add(() => new StateSecretDesignation(id, achievementId));

    /// <summary>Adds an approval under the secrecy rules for a classified achievement (149号·（十二）).</summary>
    /// <param name="id">The approval's id.</param>
    /// <param name="achievementId">The achievement's id.</param>
    /// <param name="approvedOn">The date of the approval.</param>
    /// <param name="authority">Who approved.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder SecrecyApproval(string id, string achievementId, LocalDate approvedOn, string authority) =>
        Add(() => new SecrecyApproval(id, achievementId, approvedOn, authority));

    /// <summary>Adds a pilot platform (149号·（四）).</summary>
    /// <param name="id">The platform's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="focusArea">The area it serves.</param>
    /// <param name="openToPublic">Whether it is open to the public.</param>
    /// <param name="establishedOn">The date it was established or recognised.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder PilotPlatform(string id, string name, PilotFocusArea focusArea, bool openToPublic, LocalDate establishedOn) =>
        Add(() => new PilotPlatform(id, name, focusArea, openToPublic, establishedOn));

    /// <summary>Adds a science and technology commissioner's part in a transformation (149号·（六）).</summary>
    /// <param name="id">The engagement's id.</param>
    /// <param name="commissionerName">The commissioner's name.</param>
    /// <param name="achievementId">The achievement's id.</param>
    /// <param name="role">The key stage they took part in.</param>
    /// <param name="fiscalFunding">Whether the project received fiscal science and technology funding.</param>
    /// <param name="helpedLandInBaotou">Whether they helped the achievement land and be transformed locally.</param>
    /// <param name="engagedOn">The date the engagement began.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Commissioner(
        string id, string commissionerName, string achievementId, CommissionerRole role, bool fiscalFunding, bool helpedLandInBaotou, LocalDate engagedOn) =>
        Add(() => new CommissionerEngagement(id, commissionerName, achievementId, role, fiscalFunding, helpedLandInBaotou, engagedOn));

    /// <summary>Adds how a contract's price was set and what was published before it was signed (149号·（十）).</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="contractId">The contract's id.</param>
    /// <param name="method">How the price was set.</param>
    /// <param name="publishedOn">The date of publication; <see langword="null"/> when nothing was published.</param>
    /// <param name="name">Whether the achievement's name was published.</param>
    /// <param name="summary">Whether a summary was published.</param>
    /// <param name="proposedPrice">Whether the proposed price was published.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Publicity(
        string id, string contractId, PricingMethod method, LocalDate? publishedOn, bool name = true, bool summary = true, bool proposedPrice = true) =>
        Add(() => new TransactionPublicity(id, contractId, method, publishedOn, name, summary, proposedPrice));

    /// <summary>Adds the findings on a transformation's decision-makers that exemption from liability depends on (149号·（十一）).</summary>
    /// <param name="id">The review's id.</param>
    /// <param name="contractId">The contract's id.</param>
    /// <param name="reviewed">Who is reviewed.</param>
    /// <param name="diligent">Whether they were diligent.</param>
    /// <param name="democraticDecision">Whether the decision was made democratically.</param>
    /// <param name="noIllegalGain">Whether they sought no illegal gain.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder LiabilityReview(string id, string contractId, string reviewed, bool diligent, bool democraticDecision, bool noIllegalGain) =>
        Add(() => new LiabilityReview(id, contractId, reviewed, diligent, democraticDecision, noIllegalGain));

    /// <summary>Adds a technology transfer service agency that served an achievement's transformation (149号·（五）, second sentence).</summary>
    /// <param name="id">The engagement's id.</param>
    /// <param name="agencyName">The agency's name.</param>
    /// <param name="achievementId">The achievement's id.</param>
    /// <param name="achievedResults">Whether its services achieved results (取得成效).</param>
    /// <param name="engagedOn">The date it was engaged.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder ServiceAgency(string id, string agencyName, string achievementId, bool achievedResults, LocalDate engagedOn) =>
        Add(() => new TransferServiceAgency(id, agencyName, achievementId, achievedResults, engagedOn));

    /// <summary>Adds the rates a unit's own rule or agreement sets (《促进科技成果转化法》第四十五条第二款); whether the unit is state-established is the unit's own fact.</summary>
    /// <param name="id">The row's id.</param>
    /// <param name="unitId">The unit's id; the unit must have its own rule or agreement.</param>
    /// <param name="transferLicenceNetIncomeShare">The share of a transfer's or licence's net income the rule gives; <see langword="null"/> when none.</param>
    /// <param name="equityShare">The share of the equity formed the rule gives; <see langword="null"/> when none.</param>
    /// <param name="operatingProfitShare">The share of each year's operating profit the rule gives; <see langword="null"/> when none.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder OwnRewardRates(
        string id, string unitId, decimal? transferLicenceNetIncomeShare, decimal? equityShare = null, decimal? operatingProfitShare = null) =>
        Add(() => new OwnRewardRates(id, unitId, transferLicenceNetIncomeShare, equityShare, operatingProfitShare));

    /// <summary>Adds a fact built elsewhere.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public IncentiveCaseBuilder Add(ICaseFact fact)
    {
        _facts.Add(fact);
        return this;
    }

    /// <summary>Builds the case, or reports every problem found.</summary>
    /// <returns>The case.</returns>
    /// <exception cref="IncentiveValidationException">A value was refused or a relation between facts is broken; all are listed.</exception>
    public IncentiveCase Build()
    {
        IncentiveCase built;
        try
        {
            built = new IncentiveCase(_caseId, _facts);
        }
        catch (IncentiveValidationException e)
        {
            throw new IncentiveValidationException([.. _problems, .. e.Problems]);
        }

        ValidationProblem[] problems = [.. _problems, .. built.RelationProblems];
        return problems.Length == 0 ? built : throw new IncentiveValidationException(problems);
    }

    private IncentiveCaseBuilder Add(Func<ICaseFact> create)
    {
        try
        {
            _facts.Add(create());
        }
        catch (InvalidFactException e)
        {
            _problems.Add(e.Problem);
        }

        return this;
    }
}
