namespace Baotou.Incentives.Policy;

/// <summary>
/// The level of the authority that made a policy document. It decides which principle resolves an overlap: 从高从新不重复
/// among municipal measures (我市其他政策措施), 从其规定 for a national or autonomous-region provision that changes after a
/// municipal measure is in force, and "both are floors" between a municipal measure and the law.
/// </summary>
public enum PolicyLevel
{
    /// <summary>A national law, e.g. 《中华人民共和国促进科技成果转化法》.</summary>
    NationalLaw = 1,

    /// <summary>A national policy below the law: State Council or ministry documents (国家相关政策).</summary>
    NationalPolicy = 2,

    /// <summary>An autonomous-region policy, e.g. 内政办发〔2023〕2号 (自治区相关政策).</summary>
    AutonomousRegion = 3,

    /// <summary>A municipal measure of Baotou, e.g. 包府办发〔2023〕149号 (我市政策措施).</summary>
    Municipal = 4,
}
