namespace Baotou.Incentives.Outcomes;

/// <summary>Who an entitlement is owed to.</summary>
public enum Beneficiary
{
    /// <summary>The person or team that completed the achievement (成果完成人/团队).</summary>
    CompletingTeam = 1,

    /// <summary>The unit that transfers, licenses or invests the achievement (成果出让单位).</summary>
    TransferringUnit = 2,

    /// <summary>The staff of the technology transfer office who undertook the transformation.</summary>
    TransferOfficeStaff = 3,

    /// <summary>The researchers of a commissioned (横向) research project.</summary>
    CommissionedProjectResearchers = 4,
}
