using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Rules;

/// <summary>Which units and contracts a measure names, so that rules state their scope by name rather than by enum lists.</summary>
internal static class Scope
{
    /// <summary>（七）（八）national award,（九）: 高校、科研院所.</summary>
    internal static bool IsUniversityOrResearchInstitute(Unit unit) => unit.IsUniversityOrResearchInstitute;

    /// <summary>（八）: 国有企业、科研院所、高校.</summary>
    internal static bool IsCoveredByDistributionDefaults(Unit unit) =>
        unit.IsUniversityOrResearchInstitute || unit.Kind == UnitKind.StateOwnedEnterprise;

    /// <summary>
    /// 《促进科技成果转化法》第四十五条第二款: 国家设立的研究开发机构、高等院校. <see langword="true"/> or <see langword="false"/> as the
    /// unit's own fact says; a state-owned enterprise is neither an institution nor a university, whatever is given; otherwise
    /// <see langword="null"/> when the fact is not given, so that an unknown is never read as "not state-established".
    /// </summary>
    internal static bool? IsStateEstablishedInstitution(Unit unit) =>
        unit.Kind == UnitKind.StateOwnedEnterprise ? false : unit.StateEstablished;

    /// <summary>Transfer or licence: the modes that bring money in under a contract.</summary>
    internal static bool BringsMoney(TechnologyContract contract) =>
        contract.Mode == TransformationMode.Transfer || contract.Mode == TransformationMode.Licence;
}
