namespace Baotou.Incentives.Facts;

/// <summary>What kind of organisation a unit is; several measures apply only to some kinds.</summary>
public enum UnitKind
{
    /// <summary>A university or college (高校).</summary>
    University = 1,

    /// <summary>A research institute (科研院所).</summary>
    ResearchInstitute = 2,

    /// <summary>A state-owned enterprise (国有企业).</summary>
    StateOwnedEnterprise = 3,

    /// <summary>A public institution that is not a university or research institute (事业单位).</summary>
    PublicInstitution = 4,

    /// <summary>Any other organisation, e.g. a private enterprise or a new-type R&amp;D institution.</summary>
    Other = 5,
}
