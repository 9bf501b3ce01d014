using System.Text.Json.Serialization;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// The finding of a determination; the verb of the sentence applied is its <see cref="Modality"/>, never the finding. A record
/// writes the finding by name, except the two words the first shipped format gave a verb (<see cref="RecordedWords"/>).
/// </summary>
[JsonConverter(typeof(RecordedWords))]
public enum DeterminationStatus
{
    /// <summary>The conditions of the measure hold.</summary>
    Eligible = 1,

    /// <summary>A condition of the measure fails; the failed conditions are named.</summary>
    NotEligible = 2,

    /// <summary>The event happened before the policy took effect, so the policy does not cover it.</summary>
    NotCovered = 3,

    /// <summary>The unit's own distribution rule or agreement governs, so the policy's defaults are not computed.</summary>
    UnitTermsGovern = 5,

    /// <summary>What is proposed complies with the measure.</summary>
    Compliant = 7,

    /// <summary>What is proposed does not comply; the failed conditions are named.</summary>
    NotCompliant = 8,

    /// <summary>The arrangement is permitted.</summary>
    Permitted = 9,

    /// <summary>The arrangement is not permitted; the failed conditions are named.</summary>
    NotPermitted = 10,

    /// <summary>An approval is required before the unit may act.</summary>
    ApprovalRequired = 11,

    /// <summary>The action is blocked until a condition is met.</summary>
    Blocked = 12,

    /// <summary>The person is exempt from liability.</summary>
    Exempt = 13,

    /// <summary>The person is not exempt from liability; the failed conditions are named.</summary>
    NotExempt = 14,

    /// <summary>
    /// Owed or not according to the term the unit chooses within the range the text gives: 第四十五条（三） 连续三至五年 leaves the
    /// 4th and 5th profit years to the unit's choice of term, at the text's fixed rate; nobody's discretion sets an amount.
    /// </summary>
    DependsOnTermChosen = 15,

    /// <summary>
    /// Not recommended to seek: the amount is below the threshold from which the text recommends seeking an incentive
    /// (（七）金额在 200 万元以上的，推荐争取). The threshold gates the recommendation; it does not define a 重大 project.
    /// </summary>
    NotRecommended = 16,

    /// <summary>
    /// Grants of different force on one income both stand, each with its own verb, and are never added: e.g. a share the team
    /// may enjoy (可享有) beside the minimum it is owed (应不低于).
    /// </summary>
    BothStand = 17,

    /// <summary>An amount computed on an act that is blocked (e.g. a classified achievement transformed without prior approval): it
    /// stands only once the act does, and no sum of what is owed includes it.</summary>
    PendingApproval = 18,

    /// <summary>The fact falls after the evaluation date (e.g. a fiscal year not yet ended): listed, not counted.</summary>
    NotYetKnown = 19,

    /// <summary>A fact the check needs is not given (e.g. a state-established university's own rates under 第四十五条第二款), so the
    /// finding cannot be checked (无法核对); what is owed in any case is still computed, and the missing facts are named.</summary>
    CannotBeChecked = 20,

    /// <summary>The unit is outside the pilot the measure encourages (不属于本条试点): the text forbids it nothing, it is simply not
    /// what the measure speaks of (（一）'s pilots are 高校、科研院所).</summary>
    OutsidePilot = 21,

    /// <summary>The conditions the measure states are not met (不符合本条条件), e.g. （二）'s extension without good income; the text
    /// encourages and forbids nothing, so this is not "not permitted". The failed conditions are named.</summary>
    ConditionsNotMet = 22,

    /// <summary>The measure applies to the facts (适用本条) and says what follows, read with its modality: a consequence the text
    /// states (<see cref="Modality.Provided"/>: （三）全部留归本单位，不上缴; （九）按成果转化收入进行管理), an encouragement
    /// (<see cref="Modality.Encouraged"/>: （六）支持鼓励科技特派员全程参与), support with no amount
    /// (<see cref="Modality.Discretionary"/>: （七）市本级给予适当资金支持) or a ratio the parties agree
    /// (<see cref="Modality.AgreedByParties"/>: （九）比例自行约定).</summary>
    Applies = 23,
}
