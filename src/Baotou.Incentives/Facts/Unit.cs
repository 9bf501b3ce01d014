using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>The unit (单位) that owns a service achievement or runs a commissioned-research project.</summary>
/// <param name="Id">The unit's id within the case.</param>
/// <param name="Name">The unit's name, e.g. 包头某大学.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="HasRewardDistributionRule">Whether the unit has its own rule for distributing transformation income (收益分配制度).</param>
/// <param name="HasRewardAgreement">Whether a contract fixes the rewards for this transformation (合同约定).</param>
public sealed record Unit(string Id, string Name, UnitKind Kind, bool HasRewardDistributionRule, bool HasRewardAgreement) : ICaseFact
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(Unit));

    /// <summary>The unit's name.</summary>
    public string Name { get; } = Guard.Text(Name, nameof(Unit), Id, nameof(Name));

    /// <summary>What kind of organisation it is.</summary>
    public UnitKind Kind { get; } = Guard.Defined(Kind, nameof(Unit), Id, nameof(Kind));

    /// <summary>Whether the unit has its own rule for distributing transformation income.</summary>
    public bool HasRewardDistributionRule { get; } = HasRewardDistributionRule;

    /// <summary>Whether a contract fixes the rewards for this transformation.</summary>
    public bool HasRewardAgreement { get; } = HasRewardAgreement;

    /// <summary>Whether the unit's own rule or agreement governs rewards, so that 149号·（八）'s defaults do not apply.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool OwnRewardTermsGovern => HasRewardDistributionRule || HasRewardAgreement;

    /// <summary>Whether the unit is a university or a research institute (高校、科研院所).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUniversityOrResearchInstitute => Kind is UnitKind.University or UnitKind.ResearchInstitute;
}
