using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Testing;

/// <summary>
/// Readable starting points for cases in tests: a unit of a kind with one achievement (unit <see cref="UnitId"/>, achievement
/// <see cref="AchievementId"/>), to which a test adds the facts it is about.
/// </summary>
/// <example><code>var incentiveCase = PolicyCase.University().Transferred(2_000_000m, new LocalDate(2024, 3, 1)).Build();</code></example>
public static class PolicyCase
{
    /// <summary>The id of the unit every starting point has.</summary>
    public const string UnitId = "U1";

    /// <summary>The id of the achievement every starting point has.</summary>
    public const string AchievementId = "A1";

    /// <summary>A university (高校) with one achievement.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="hasRewardDistributionRule">Whether the unit has its own reward rule.</param>
    /// <param name="hasNationalScienceAward">Whether the achievement won a national science award.</param>
    /// <returns>A builder to add facts to.</returns>
    public static IncentiveCaseBuilder University(string caseId = "case", bool hasRewardDistributionRule = false, bool hasNationalScienceAward = false) =>
        Of(UnitKind.University, caseId, hasRewardDistributionRule, hasNationalScienceAward);

    /// <summary>A research institute (科研院所) with one achievement.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="hasRewardDistributionRule">Whether the unit has its own reward rule.</param>
    /// <param name="hasNationalScienceAward">Whether the achievement won a national science award.</param>
    /// <returns>A builder to add facts to.</returns>
    public static IncentiveCaseBuilder ResearchInstitute(string caseId = "case", bool hasRewardDistributionRule = false, bool hasNationalScienceAward = false) =>
        Of(UnitKind.ResearchInstitute, caseId, hasRewardDistributionRule, hasNationalScienceAward);

    /// <summary>A state-owned enterprise (国有企业) with one achievement.</summary>
    /// <param name="caseId">The case id.</param>
    /// <returns>A builder to add facts to.</returns>
    public static IncentiveCaseBuilder StateOwnedEnterprise(string caseId = "case") => Of(UnitKind.StateOwnedEnterprise, caseId, false, false);

    /// <summary>A unit of any kind with one achievement.</summary>
    /// <param name="kind">The unit's kind.</param>
    /// <param name="caseId">The case id.</param>
    /// <param name="hasRewardDistributionRule">Whether the unit has its own reward rule.</param>
    /// <param name="hasNationalScienceAward">Whether the achievement won a national science award.</param>
    /// <returns>A builder to add facts to.</returns>
    public static IncentiveCaseBuilder Of(UnitKind kind, string caseId = "case", bool hasRewardDistributionRule = false, bool hasNationalScienceAward = false) =>
        new IncentiveCaseBuilder(caseId)
            .Unit(UnitId, "测试单位", kind, hasRewardDistributionRule)
            .Achievement(AchievementId, UnitId, "测试成果", "测试团队", hasNationalScienceAward);
}
