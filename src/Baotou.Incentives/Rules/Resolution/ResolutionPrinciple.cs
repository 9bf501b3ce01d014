namespace Baotou.Incentives.Rules.Resolution;

/// <summary>Which principle set an overlapping entitlement aside; each is applied by its own rule, which the trace names.</summary>
internal enum ResolutionPrinciple
{
    /// <summary>期间国家、自治区相关政策发生变化的，从其规定: the changed national or regional provision governs the matter it changes.</summary>
    ChangedProvision,

    /// <summary>从高从新不重复, among municipal measures (我市其他政策措施) and within one municipal measure: the higher, then the newer.</summary>
    HigherNewer,

    /// <summary>149号 and the law both set floors: meeting the higher meets the lower, so the higher governs.</summary>
    BothFloors,
}
