namespace Baotou.Incentives.Rules;

/// <summary>
/// Firing priorities. NRules fires by priority, then by activation order; measure rules keep the default, and resolution
/// waits until every grant is in.
/// </summary>
internal static class Priorities
{
    internal const int Resolution = -100;

    /// <summary>
    /// The net income of a contract is derived before any measure fires, so that a trace reads from what was derived to what it
    /// grants, and reads so however the rules' network is shared: a decision recorded before 从其规定 and the coverage findings
    /// were added keeps its trace order.
    /// </summary>
    internal const int Derivation = 100;

    /// <summary>从其规定 first, then 从高从新不重复 among municipal measures, then the floors of the law: the order an auditor reads them in.</summary>
    internal const int ChangedProvision = Resolution;

    internal const int HigherNewer = Resolution - 1;

    internal const int BothFloors = Resolution - 2;

    /// <summary>
    /// After every principle has set aside what it sets aside, the link between grants of different force on one income (a
    /// permission beside the owed floor that governs), which names what governs.
    /// </summary>
    internal const int PermissionBesideFloor = Resolution - 3;

    /// <summary>Then the qualification of amounts on a blocked act, each amount whatever was set aside.</summary>
    internal const int PendingApproval = Resolution - 4;

    /// <summary>Last of all: the finding that no measure reached the case, which any other outcome withdraws.</summary>
    internal const int NothingReached = Resolution - 10;
}
