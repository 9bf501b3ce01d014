namespace Baotou.Incentives.Facts;

/// <summary>
/// The families kinds of fact come in (<see cref="FactKinds"/>), named, and any combination of them: the families a case has,
/// or those a rule needs.
/// </summary>
[Flags]
internal enum FactFamilies
{
    /// <summary>No family.</summary>
    None = 0,

    /// <summary>Units and their achievements.</summary>
    UnitsAndAchievements = 1,

    /// <summary>Contracts with what they bring: payments, deductions, equity conversions, a transfer office's engagement.</summary>
    Contracts = 2,

    /// <summary>Self-implementations and their operating profits.</summary>
    SelfImplementation = 4,

    /// <summary>Commissioned research surpluses.</summary>
    CommissionedResearch = 8,

    /// <summary>Ownership arrangements, use rights and their extensions, state-secret designations and secrecy approvals.</summary>
    Empowerment = 16,

    /// <summary>Pilot platforms, commissioners and transfer service agencies.</summary>
    Channels = 32,

    /// <summary>Transaction publicity and liability reviews.</summary>
    Safeguards = 64,

    /// <summary>A unit's own reward rates.</summary>
    OwnRewardRates = 128,

    /// <summary>Every family: what the rules over outcomes are compiled for, since their outcomes may come from any.</summary>
    All = UnitsAndAchievements | Contracts | SelfImplementation | CommissionedResearch | Empowerment | Channels | Safeguards | OwnRewardRates,
}
