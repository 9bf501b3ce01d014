namespace Baotou.Incentives.Rules;

/// <summary>The citations rules carry, and the measure each names, exactly as in the original texts.</summary>
internal static class Clauses
{
    internal const string Measure1 = "149号·（一）";
    internal const string Measure2 = "149号·（二）";
    internal const string Measure3 = "149号·（三）";
    internal const string Measure4 = "149号·（四）";
    internal const string Measure5 = "149号·（五）";
    internal const string Measure6 = "149号·（六）";
    internal const string Measure7 = "149号·（七）";
    internal const string Measure8 = "149号·（八）";
    internal const string Measure9 = "149号·（九）";
    internal const string Measure10 = "149号·（十）";
    internal const string Measure11 = "149号·（十一）";
    internal const string Measure12 = "149号·（十二）";

    /// <summary>以上各条款若与我市其他政策措施重复，则按从高从新不重复原则执行。</summary>
    internal const string HigherNewerNoDuplication = "149号·从高从新不重复";

    /// <summary>期间国家、自治区相关政策发生变化的，从其规定。</summary>
    internal const string ChangedNationalRegionalPolicy = "149号·从其规定";

    /// <summary>
    /// 149号 and 《促进科技成果转化法》第四十五条 both set floors (不低于): meeting the higher meets the lower. The law is not one of
    /// 我市其他政策措施, so this is not 从高从新不重复.
    /// </summary>
    internal const string BothFloors = "149号·第四十五条·均为下限";

    /// <summary>No measure of the packs applied reaches the facts of the case: said, never left to silence.</summary>
    internal const string NoMeasureReaches = "149号·各条款均未涉及";

    /// <summary>本措施自发布之日起 30 日后施行。</summary>
    internal const string Commencement = "149号·施行";

    /// <summary>促进科技成果转化法·第四十五条（一）: transfer or licence.</summary>
    internal const string Law2015Article45Item1 = "促进科技成果转化法·第四十五条（一）";

    /// <summary>促进科技成果转化法·第四十五条（二）: investment.</summary>
    internal const string Law2015Article45Item2 = "促进科技成果转化法·第四十五条（二）";

    /// <summary>促进科技成果转化法·第四十五条（三）: self-implementation.</summary>
    internal const string Law2015Article45Item3 = "促进科技成果转化法·第四十五条（三）";

    /// <summary>促进科技成果转化法·第四十五条第二款: a state-established institute's or university's own rule must meet the first paragraph's standards.</summary>
    internal const string Law2015Article45Paragraph2 = "促进科技成果转化法·第四十五条第二款";

    /// <summary>The clauses of 149号 itself, in the order of the text: a test requires a rule for each.</summary>
    internal static readonly IReadOnlyList<string> Of149 =
    [
        Measure1, Measure2, Measure3, Measure4, Measure5, Measure6, Measure7, Measure8, Measure9, Measure10, Measure11, Measure12,
        HigherNewerNoDuplication, ChangedNationalRegionalPolicy, Commencement,
    ];

    /// <summary>Each citation's key in the catalogs and in anchors, in ASCII: <c>149-8</c> for <c>149号·（八）</c>.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Measure1] = "149-1", [Measure2] = "149-2", [Measure3] = "149-3", [Measure4] = "149-4", [Measure5] = "149-5", [Measure6] = "149-6",
        [Measure7] = "149-7", [Measure8] = "149-8", [Measure9] = "149-9", [Measure10] = "149-10", [Measure11] = "149-11", [Measure12] = "149-12",
        [HigherNewerNoDuplication] = "149-closing", [ChangedNationalRegionalPolicy] = "149-changed-provision", [BothFloors] = "149-both-floors",
        [NoMeasureReaches] = "149-no-measure", [Commencement] = "149-commencement",
        [Law2015Article45Item1] = "law2015-45-1", [Law2015Article45Item2] = "law2015-45-2", [Law2015Article45Item3] = "law2015-45-3",
        [Law2015Article45Paragraph2] = "law2015-45-p2",
    };

    internal static readonly IReadOnlyDictionary<string, string> MeasureTitles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Measure1] = "赋予科研人员职务科技成果所有权",
        [Measure2] = "赋予科研人员职务科技成果长期使用权",
        [Measure3] = "深化职务科技成果单列管理",
        [Measure4] = "建设科技成果转化中试平台",
        [Measure5] = "加强技术转移服务机构建设",
        [Measure6] = "强化科技特派员成果转化服务作用",
        [Measure7] = "提高科研人员和团队在科技成果转化中的收益",
        [Measure8] = "放活职务科技成果转化收益",
        [Measure9] = "放宽科研成果横向经费管理",
        [Measure10] = "建立登记管理和交易公示制度",
        [Measure11] = "建立职务科技成果转化容错免责机制",
        [Measure12] = "建立职务科技成果转化包容监管机制",
        [HigherNewerNoDuplication] = "与其他政策措施重复的，从高从新不重复",
        [ChangedNationalRegionalPolicy] = "期间国家、自治区相关政策发生变化的，从其规定",
        [Commencement] = "本措施自发布之日起 30 日后施行",
        [NoMeasureReaches] = "本案事实不在各条款所及的单位、方式、地点或日期之内",
        [BothFloors] = "149号与第四十五条均为下限：达到较高者即达到较低者",
        [Law2015Article45Item1] = "转让、许可净收入不低于百分之五十",
        [Law2015Article45Item2] = "作价投资形成的股份或出资比例不低于百分之五十",
        [Law2015Article45Item3] = "投产后连续三至五年每年营业利润不低于百分之五",
        [Law2015Article45Paragraph2] = "国家设立的研究开发机构、高等院校规定或者约定的奖励和报酬应当符合前款标准",
    };
}
