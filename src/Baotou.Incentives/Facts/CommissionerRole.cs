namespace Baotou.Incentives.Facts;

/// <summary>The key stage of a transformation project a science and technology commissioner (科技特派员) takes part in, 149号·（六）.</summary>
public enum CommissionerRole
{
    /// <summary>Feasibility study (可行性研究).</summary>
    FeasibilityStudy = 1,

    /// <summary>Application and transformation (应用转化).</summary>
    ApplicationAndTransformation = 2,

    /// <summary>Implementation management (实施管理).</summary>
    ImplementationManagement = 3,
}
