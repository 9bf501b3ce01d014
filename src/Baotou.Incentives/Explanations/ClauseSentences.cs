using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// The original sentences of 包府办发〔2023〕149号 and of 《促进科技成果转化法》第四十五条 that each rule applies, quoted verbatim
/// (a test checks each against the committed originals, <c>docs/policy/baotou-2023-149.zh.md</c> joined across its page
/// breaks, and <c>docs/policy/law-2015-articles-43-45.zh.md</c>). A report quotes them beside the outcome, so an auditor
/// reads the verb and the number in the text's own words; a set-aside quotes the sentence of the principle that decided it
/// (<see cref="OfSetAside"/>). Quotes are data, kept here rather than in the catalogs: they are the policy's words in every language.
/// </summary>
internal static class ClauseSentences
{
    internal const string Ownership = "试点单位与科技成果完成人（团队）应签署书面协议，在明确科技成果转化权益前提下，单位可与成果完成人成为共同所有权人；也可将单位留存的所有权份额，以技术转让的方式让渡给成果完成人，科研人员获得全部所有权后，自主转化。";
    internal const string UseRightPilot = "鼓励职务科技成果拥有单位开展赋予科研人员不低于10年的长期使用权试点。";
    internal const string UseRightAgreement = "试点单位与科技成果完成人（团队）应签署书面协议，合理约定成果的收益分配等事项，在科研人员履行协议、科技成果转化取得积极进展、收益情况良好的情况下，试点单位可进一步延长科研人员长期使用权期限。";
    internal const string IncomeRetained = "职务科技成果转化所获得的收益，全部留归本单位，不上缴。";
    internal const string EquitySelfManaged = "以作价入股等方式转化职务科技成果形成国有资产的处置，由高校、科研院所自主管理，不审批、不备案、不纳入国有资产保值增值管理考核范围。";
    internal const string PilotPlatform = "支持链主企业等建设一批面向社会开放的概念验证、中试熟化、小批量试生产等工程化放大的中试平台，按照相关规定予以支持。";
    internal const string TransferOffice = "对承担科技成果转化的技术转移机构工作人员，按成果转化收益给予不低于 5% 的奖励。";
    internal const string ServiceAgency = "支持引进知名高校院所或国内头部的技术转移服务机构在促成科技成果转化过程中积极开展科技咨询、技术评估、技术转移、成果转化、知识产权创造保护等服务，对取得成效的技术转移服务机构，按照相关规定予以支持。";
    internal const string CommissionerParticipation = "支持鼓励科技特派员全程参与科技成果转化工作，对获得财政科技经费支持的科技成果转化项目，支持科技特派员参与项目可行性研究、应用转化、实施管理等关键环节，多层面、多层次推动科技成果在包就地转化。";
    internal const string Commissioner = "对促成科技成果落地转化的科技特派员，按照其在成果转化中承担的职责任务享受与促进科技成果转化政策相对应的激励奖励。";
    internal const string MajorProject = "对高校、科研院所以转让、许可、作价入股等形式在包落地的重大科技成果转化项目，根据技术合同到账金额或有关股权折算金额给予奖金激励，金额在 200 万元以上的，推荐争取自治区财政给予成果出让单位到账金额或股权折算金额 20% 的资金激励，市本级给予适当资金支持。";
    internal const string DefaultRewards = "成果完成单位暂时没有制定收益分配制度或合同约定的，按成果转让或许可取得的净收入、技术入股形成的股权不低于 80% 的比例，或自主实施转化成功投产后 5 年内每年营业利润不低于 10%的比例给予奖励和报酬。";
    internal const string NationalAward = "对获得国家科学技术奖的高校、科研院所职务科技成果，成果完成团队可享有该成果转让 90%以上收益。";
    internal const string SurplusInvested = "横向科研项目结余经费可出资科技成果转化，科研人员与所在单位约定一定分配比例，科研人员占比不低于 90%。";
    internal const string CommissionedFunds = "高校、科研院所接受企业、其他社会组织委托的横向科研项目经费，按成果转化收入进行管理，项目绩效经费纳入绩效工资管理，不受核定的绩效总量限制。";
    internal const string SurplusPerformancePay = "横向委托项目结余经费可用于绩效发放，比例自行约定。";
    internal const string Pricing = "支持企事业单位健全职务科技成果转化内控管理制度，鼓励通过拍卖或自行协商等方式确定成果转化交易价格。";
    internal const string Publication = "通过单位内部网站公示科技成果名称、简介、拟交易价格等信息，确保专利技术、非专利技术等职务科技成果从单位国有资产管理体制中退出后，不会造成重大违法违规风险以及资产损失风险。";
    internal const string Exemption = "建立审计、监督、检查结果跨部门互认机制，对科技成果转化单位主要负责人和科技计划项目实施部门履行勤勉尽职义务，严格执行民主决策、按规定公示拟交易价格，在没有牟取非法利益的前提下，依法免除追究其在科技成果定价、自主决定资产评估以及成果赋权中因科技成果转化后续价值变化产生的相关决策责任。";
    internal const string StateSecrets = "涉及国家秘密的职务科技成果的赋权和转化，要严格执行科学技术保密制度，依法依规进行审批，确保不会造成重大违法违规风险和资产损失风险，努力实现我市科技成果高质量转化与高水平安全的良性互动。";
    internal const string HigherNewer = "以上各条款若与我市其他政策措施重复，则按从高从新不重复原则执行。";
    internal const string ChangedProvision = "期间国家、自治区相关政策发生变化的，从其规定。";
    internal const string Commencement = "本措施自发布之日起 30 日后施行。";

    /// <summary>第四十五条's first paragraph: the condition under which its standards apply.</summary>
    internal const string Law45Standards = "科技成果完成单位未规定、也未与科技人员约定奖励和报酬的方式和数额的，按照下列标准对完成、转化职务科技成果做出重要贡献的人员给予奖励和报酬：";
    internal const string Law45Item1 = "（一）将该项职务科技成果转让、许可给他人实施的，从该项科技成果转让净收入或者许可净收入中提取不低于百分之五十的比例；";
    internal const string Law45Item2 = "（二）利用该项职务科技成果作价投资的，从该项科技成果形成的股份或者出资比例中提取不低于百分之五十的比例；";
    internal const string Law45Item3 = "（三）将该项职务科技成果自行实施或者与他人合作实施的，应当在实施转化成功投产后连续三至五年，每年从实施该项科技成果的营业利润中提取不低于百分之五的比例。";
    internal const string Law45Paragraph2 = "国家设立的研究开发机构、高等院校规定或者与科技人员约定奖励和报酬的方式和数额应当符合前款第一项至第三项规定的标准。";

    /// <summary>Every quote of 149号, for the test that holds them to the original.</summary>
    internal static readonly IReadOnlyList<string> All =
    [
        Ownership, UseRightPilot, UseRightAgreement, IncomeRetained, EquitySelfManaged, PilotPlatform, TransferOffice, ServiceAgency, CommissionerParticipation,
        Commissioner, MajorProject, DefaultRewards, NationalAward, SurplusInvested, CommissionedFunds, SurplusPerformancePay, Pricing, Publication,
        Exemption, StateSecrets, HigherNewer, ChangedProvision, Commencement,
    ];

    /// <summary>Every quote of the law, for the test that holds them to the law's text.</summary>
    internal static readonly IReadOnlyList<string> AllOfTheLaw = [Law45Standards, Law45Item1, Law45Item2, Law45Item3, Law45Paragraph2];

    /// <summary>The sentences each rule applies: every rule of 149号, and the law's rules that apply more than their clause's sentences.</summary>
    internal static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRule = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["149-1-ownership-arrangement"] = [Ownership],
        ["149-2-use-right"] = [UseRightPilot, UseRightAgreement],
        ["149-2-use-right-extension"] = [UseRightAgreement],
        ["149-3-income-retained"] = [IncomeRetained],
        ["149-3-equity-self-managed"] = [EquitySelfManaged],
        ["149-3-equity-not-covered"] = [EquitySelfManaged],
        ["149-4-pilot-platform"] = [PilotPlatform],
        ["149-5-transfer-office-staff-reward"] = [TransferOffice],
        ["149-5-transfer-office-equity"] = [TransferOffice],
        ["149-5-service-agency-support"] = [ServiceAgency],
        ["149-6-commissioner"] = [Commissioner],
        ["149-6-commissioner-participation"] = [CommissionerParticipation],
        ["149-6-commissioner-throughout"] = [CommissionerParticipation],
        ["149-7-basis-equity-converted"] = [MajorProject],
        ["149-7-basis-money-received"] = [MajorProject],
        ["149-7-below-threshold"] = [MajorProject],
        ["149-7-not-landing-in-baotou"] = [MajorProject],
        ["149-7-regional-incentive"] = [MajorProject],
        ["149-7-unit-not-covered"] = [MajorProject],
        ["149-8-contract-net-income"] = [DefaultRewards],
        ["149-8-equity-share"] = [DefaultRewards],
        ["149-8-national-award-transfer"] = [NationalAward],
        ["149-8-national-award-not-covered"] = [NationalAward],
        ["149-8-operating-profit"] = [DefaultRewards],
        ["149-8-operating-profit-outside-term"] = [DefaultRewards],
        ["149-8-profit-year-not-ended"] = [DefaultRewards],
        ["149-8-may-enjoy-beside-owed-floor"] = [NationalAward, DefaultRewards],
        ["149-8-transfer-licence-net-income"] = [DefaultRewards],
        ["149-8-unit-not-covered"] = [DefaultRewards],
        ["149-8-unit-terms-govern"] = [DefaultRewards],
        ["149-9-surplus-invested"] = [SurplusInvested],
        ["149-9-surplus-performance-pay"] = [SurplusPerformancePay],
        ["149-9-commissioned-funds"] = [CommissionedFunds],
        ["149-9-unit-not-covered"] = [CommissionedFunds],
        ["149-10-publication"] = [Publication, Pricing],
        ["149-11-liability-exemption"] = [Exemption],
        ["149-12-amount-pending-approval"] = [StateSecrets],
        ["149-12-ownership-blocked"] = [StateSecrets],
        ["149-12-secrecy-approval"] = [StateSecrets],
        ["149-12-transformation-blocked"] = [StateSecrets],
        ["149-12-use-right-blocked"] = [StateSecrets],
        ["149-closing-higher-newer-governs"] = [HigherNewer],
        ["149-closing-change-before-in-force"] = [ChangedProvision],
        ["149-closing-change-not-yet-in-force"] = [ChangedProvision],
        ["149-closing-changed-provision-governs"] = [ChangedProvision],
        ["149-commencement-not-covered"] = [Commencement],
        ["law2015-45-3-term-chosen-by-unit"] = [Law45Item3],
        ["law2015-45-p2-net-income"] = [Law45Paragraph2, Law45Item1],
        ["law2015-45-p2-equity"] = [Law45Paragraph2, Law45Item2],
        ["law2015-45-p2-operating-profit"] = [Law45Paragraph2, Law45Item3],
        ["law2015-45-p2-own-terms"] = [Law45Standards, Law45Paragraph2],
    };

    /// <summary>
    /// The sentences of each clause of the law, for a rule citing it that <see cref="ByRule"/> does not name: an item of the
    /// first paragraph applies under the paragraph's condition, so both are quoted.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByLawClause = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Clauses.Law2015Article45Item1] = [Law45Standards, Law45Item1],
        [Clauses.Law2015Article45Item2] = [Law45Standards, Law45Item2],
        [Clauses.Law2015Article45Item3] = [Law45Standards, Law45Item3],
        [Clauses.Law2015Article45Paragraph2] = [Law45Paragraph2],
    };

    /// <summary>
    /// The rules of 149号's clause list that apply no sentence of it, so quote none: 149号 and the law both being floors is the
    /// reading of how two documents relate (the text has no sentence on the law), and the finding that no measure reaches a case
    /// says what the text is silent on.
    /// </summary>
    internal static readonly IReadOnlySet<string> WithoutSentence = new HashSet<string>(StringComparer.Ordinal)
    {
        "149-floors-higher-governs", "149-coverage-no-measure-reaches",
    };

    /// <summary>The sentences a rule applies: its own (<see cref="ByRule"/>), else those of the law's clause it cites, else none.</summary>
    internal static IReadOnlyList<string> Of(string ruleId, string clause) =>
        ByRule.TryGetValue(ruleId, out var sentences) ? sentences : ByLawClause.TryGetValue(clause, out var ofClause) ? ofClause : [];

    /// <summary>
    /// The sentences a set-aside rests on, by the principle that decided it: 从高从新不重复 and 从其规定 their own sentences; "both
    /// are floors" the two floors' own 不低于 sentences (the governing one's first), since 149号 has no sentence on the law and
    /// the 从高从新 sentence speaks only of 我市其他政策措施. A principle with no sentence of its own quotes nothing.
    /// </summary>
    internal static IReadOnlyList<string> OfSetAside(Outcomes.Supersession setAside, Outcomes.Entitlement? governing, Outcomes.Entitlement superseded) => setAside.Clause switch
    {
        Clauses.HigherNewerNoDuplication => [HigherNewer],
        Clauses.ChangedNationalRegionalPolicy => [ChangedProvision],
        Clauses.BothFloors => [.. (governing is null ? [] : Of(governing.RuleId, governing.Clause)).Concat(Of(superseded.RuleId, superseded.Clause)).Distinct(StringComparer.Ordinal)],
        _ => [],
    };
}
