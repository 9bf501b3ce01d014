using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>The unit (单位) that owns a service achievement or runs a commissioned-research project.</summary>
/// <param name="Id">The unit's id within the case.</param>
/// <param name="Name">The unit's name, e.g. 包头某大学.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="HasRewardDistributionRule">Whether the unit has its own rule for distributing transformation income (收益分配制度).</param>
/// <param name="HasRewardAgreement">Whether a contract fixes the rewards for this transformation (合同约定).</param>
/// <param name="StateEstablished">Whether the unit is a research and development institution or university established by the
/// state (国家设立的研究开发机构、高等院校, 《促进科技成果转化法》第四十五条第二款): <see langword="true"/> or <see langword="false"/>
/// when known, <see langword="null"/> when not given.</param>
/// <remarks>
/// <see cref="StateEstablished"/> is a fact about the unit, not a reading: an unknown value stays unknown. A state-established
/// university with its own rule whose rates are not given is still owed the law's floors, and the finding says its rule cannot
/// be checked; a unit whose establishment is not given is neither counted in nor out of 第四十五条第二款.
/// </remarks>
public sealed record Unit(string Id, string Name, UnitKind Kind, bool HasRewardDistributionRule, bool HasRewardAgreement, bool? StateEstablished = null) : ICaseFact
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

    /// <summary>Whether the unit is a research and development institution or university established by the state; <see langword="null"/> when not given.</summary>
    public bool? StateEstablished { get; } = StateEstablished;

    /// <summary>Whether the unit's own rule or agreement governs rewards, so that 149号·（八）'s defaults do not apply.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool OwnRewardTermsGovern => HasRewardDistributionRule || HasRewardAgreement;

    /// <summary>Whether the unit is a university or a research institute (高校、科研院所).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUniversityOrResearchInstitute => Kind is UnitKind.University or UnitKind.ResearchInstitute;
}
