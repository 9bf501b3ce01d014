namespace Baotou.Incentives.Outcomes;

/// <summary>
/// What the sentence an outcome applies says, read from its verb: the same arithmetic means different things under
/// different verbs, and an auditor reads the verb first. See the modality table of the policy's reading (MEASURES.md).
/// </summary>
public enum Modality
{
    /// <summary>An owed minimum, an obligation on the unit: 给予不低于 X% 的奖励; 按…不低于 X% 的比例…给予奖励和报酬; 占比不低于 X%
    /// (（五）5%, （八）80% and 10%, （九）90%, 第四十五条). Reads 应不低于 / "must be at least".</summary>
    OwedMinimum = 1,

    /// <summary>A permission or right the beneficiary may claim; nobody is told to pay: 可享有 X% 以上 (（八）national award 90%).
    /// Reads 可享有不低于 / "may enjoy at least".</summary>
    MayEnjoy = 2,

    /// <summary>Recommended to seek from a third party, owed neither by the unit nor by the city: 推荐争取…给予 (（七）20% from the
    /// autonomous region). Reads 推荐争取 / "recommended to seek".</summary>
    RecommendedToSeek = 3,

    /// <summary>Discretionary support with no amount in the text: 给予适当资金支持 (（七）city support, 市本级给予适当资金支持). Only
    /// 适当 leaves the amount to discretion; 按照相关规定予以支持 is <see cref="UnderRelevantProvisions"/>.
    /// Reads 酌情支持，未定金额 / "discretionary, no amount set".</summary>
    Discretionary = 4,

    /// <summary>A ratio the parties agree themselves: 比例自行约定 (（九）surplus paid as performance pay). Reads 由双方约定 / "agreed by the parties".</summary>
    AgreedByParties = 5,

    /// <summary>Encouraged, no duty: 鼓励 / 支持 (（一）（二）pilots, （十）auction or negotiation). Reads 鼓励 / "encouraged".</summary>
    Encouraged = 6,

    /// <summary>A duty to act or a condition to meet: 应签署, 要严格执行…审批, 公示 (（十）publication, （十二）secrecy approval).
    /// Reads 应当 / "required".</summary>
    Required = 7,

    /// <summary>A consequence the text states, with no one told to act: 依法免除 (（十一）), 全部留归本单位，不上缴 and 不审批、不备案
    /// (（三）), 自发布之日起 30 日后施行.
    /// Reads 依文件规定 / "as the text provides".</summary>
    Provided = 8,

    /// <summary>Support under other provisions, with no amount in this text: 按照相关规定予以支持 (（四）pilot platforms, （五）'s second
    /// sentence). The amount is whatever those provisions set, not this text's discretion.
    /// Reads 按照相关规定予以支持（本文件未定金额） / "supported under the relevant provisions (no amount in this text)".</summary>
    UnderRelevantProvisions = 9,
}
