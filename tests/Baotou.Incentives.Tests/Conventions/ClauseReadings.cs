namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// The readings that decide an outcome's words (its verb, its scope, what it quotes), each with the words of the original
/// that decide it and the rules that apply it. <see cref="ClauseMap.Render"/> publishes them under the map in
/// <c>docs/CLAUSE-MAP.md</c>; <see cref="ClauseReadingsTests"/> holds each to the original texts and to the rules.
/// </summary>
internal static class ClauseReadings
{
    /// <summary>One reading.</summary>
    /// <param name="Clause">The clause, as the rules cite it.</param>
    /// <param name="Words">The original's words that decide it, verbatim; <c>…</c> separates words that are apart in the text.</param>
    /// <param name="Reading">What the rules take the words to mean, and how the report says it.</param>
    /// <param name="RuleIds">The rules that apply the reading, each citing <paramref name="Clause"/>.</param>
    internal sealed record ClauseReading(string Clause, string Words, string Reading, IReadOnlyList<string> RuleIds);

    /// <summary>The readings, in the order of the texts.</summary>
    internal static readonly IReadOnlyList<ClauseReading> All =
    [
        new("149号·（一）", "鼓励高校、科研院所开展赋予科研人员职务科技成果所有权试点",
            "a pilot is encouraged and nothing is forbidden: another unit is 不属于本条试点 (`OutsidePilot`); a missed condition is 不符合本条条件 (`ConditionsNotMet`), never 不允许",
            ["149-1-ownership-arrangement"]),
        new("149号·（二）", "鼓励职务科技成果拥有单位开展赋予科研人员不低于10年的长期使用权试点…试点单位可进一步延长",
            "a term short of 10 years or a missing agreement is 不符合本条条件, and an extension whose conditions fail 不符合本条延长条件 (`ConditionsNotMet`), never 不允许",
            ["149-2-use-right", "149-2-use-right-extension"]),
        new("149号·（三）", "全部留归本单位，不上缴…形成国有资产的处置…自主管理，不审批、不备案",
            "consequences the text states: 适用本条 (`Applies`) with modality `Provided` (依文件规定), not 允许（鼓励）; what is self-managed is the 处置",
            ["149-3-income-retained", "149-3-equity-self-managed"]),
        new("149号·（四）", "按照相关规定予以支持",
            "support under other provisions, with no amount in this text: not discretion (modality `UnderRelevantProvisions`, 按照相关规定予以支持（本文件未定金额）); the platform is eligible or not",
            ["149-4-pilot-platform"]),
        new("149号·（五）", "按成果转化收益给予不低于 5% 的奖励",
            "for 作价入股 a reward measured on the equity formed, in yuan (`RewardMeasuredOnEquity`, the default), not equity of the investee owed (`EquityFormedCounts`, a switch)",
            ["149-5-transfer-office-equity"]),
        new("149号·（五）", "对取得成效的技术转移服务机构，按照相关规定予以支持",
            "modality `UnderRelevantProvisions`: 按照相关规定予以支持（本文件未定金额）, other provisions decide, not this text's discretion",
            ["149-5-service-agency-support"]),
        new("149号·（六）", "支持鼓励科技特派员全程参与科技成果转化工作",
            "no funding condition: every commissioner taking part is encouraged; only the key-stage clause needs 财政科技经费",
            ["149-6-commissioner-throughout"]),
        new("149号·（七）", "金额在 200 万元以上的，推荐争取自治区财政给予",
            "the threshold gates the recommendation to seek and does not define 重大: below it the finding is on the regional incentive, 未达金额门槛，不推荐争取 (status `NotRecommended`)",
            ["149-7-below-threshold"]),
        new("149号·（七）", "市本级给予适当资金支持",
            "适当 is the only discretion of the text: 酌情支持，未定金额 (modality `Discretionary`)",
            ["149-7-regional-incentive"]),
        new("149号·（八）", "每年营业利润",
            "a year's profit is known once its fiscal year has ended: a year ending after the evaluation date is listed and not counted (status `NotYetKnown`), as money received after that date is",
            ["149-8-profit-year-not-ended"]),
        new("149号·（八）", "成果完成团队可享有该成果转让 90%以上收益",
            "可享有 is a permission: it never sets aside the owed 80% (不低于 80% 的比例…给予奖励和报酬) or 第四十五条's owed floor; both stand, linked (status `BothStand`, 两者并存，不予相加), and no total adds them",
            ["149-8-may-enjoy-beside-owed-floor"]),
        new("149号·（九）", "横向科研项目结余经费可出资科技成果转化…科研人员占比不低于 90%",
            "a share of what the surplus invested forms and earns, 结余经费出资所形成权益的 90%, in the summary as in the detail; never 90% of a company",
            ["149-9-surplus-invested"]),
        new("149号·（九）", "横向科研项目经费，按成果转化收入进行管理，项目绩效经费纳入绩效工资管理，不受核定的绩效总量限制",
            "consequences the text states of the project's funds (`Provided`); 不受核定的绩效总量限制 is said of 项目绩效经费, not of a surplus paid out (比例自行约定)",
            ["149-9-commissioned-funds", "149-9-surplus-performance-pay"]),
        new("149号·（十二）", "涉及国家秘密的职务科技成果的赋权和转化，要严格执行科学技术保密制度，依法依规进行审批",
            "every amount computed on a transformation made before its approval is pending that approval (status `PendingApproval`, `Entitlement.QualifiedBy`), in no owed total; the duty is fulfilled only by an approval on or before every act",
            ["149-12-amount-pending-approval", "149-12-secrecy-approval"]),
        new("149号·从高从新不重复", "以上各条款若与我市其他政策措施重复，则按从高从新不重复原则执行",
            "a grant set aside under this principle quotes this sentence, and only such a grant does",
            ["149-closing-higher-newer-governs"]),
        new("149号·从其规定", "期间国家、自治区相关政策发生变化的，从其规定",
            "a grant set aside because a national or regional provision changed quotes this sentence, not the 从高从新 sentence; it reaches only what changed: only the changed pack's grant computed from a parameter the change names is set aside",
            ["149-closing-changed-provision-governs"]),
        new("149号·第四十五条·均为下限", "不低于",
            "a floor set aside because both are floors quotes the two floors' own 不低于 sentences (149号's and 第四十五条's), never the 从高从新 sentence",
            ["149-floors-higher-governs"]),
        new("促进科技成果转化法·第四十五条（三）", "应当在实施转化成功投产后连续三至五年，每年从实施该项科技成果的营业利润中提取不低于百分之五的比例",
            "the 4th and 5th years turn on the term the unit chooses, at the fixed 5%: 视单位选定的期限而定 (status `DependsOnTermChosen`, modality owed minimum), every year up to and including （含） the last of the longest term; no department's discretion",
            ["law2015-45-3-term-chosen-by-unit"]),
        new("促进科技成果转化法·第四十五条第二款", "国家设立的研究开发机构、高等院校规定或者与科技人员约定奖励和报酬的方式和数额应当符合前款第一项至第三项规定的标准",
            "state-established is a fact of the unit (yes, no, not given); a state-established unit whose rates are not given still owes the floors and reads 无法核对 (`CannotBeChecked`); not given is never read as 不是",
            ["law2015-45-p2-own-terms", "law2015-45-p2-net-income", "law2015-45-p2-equity", "law2015-45-p2-operating-profit"]),
    ];
}
