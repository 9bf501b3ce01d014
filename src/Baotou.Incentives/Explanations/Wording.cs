using Baotou.Incentives.Engine;
using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Explanations;

/// <summary>The words of explanations in each language: names of beneficiaries, statuses and the sentence frames.</summary>
internal sealed class Wording
{
    internal static readonly Wording Chinese = new(ExplanationLanguage.Chinese);

    internal static readonly Wording English = new(ExplanationLanguage.English);

    private readonly bool _zh;

    private Wording(ExplanationLanguage language) => _zh = language == ExplanationLanguage.Chinese;

    internal static Wording For(ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese ? Chinese : language == ExplanationLanguage.English ? English
            : throw new ArgumentOutOfRangeException(nameof(language), language, "must be Chinese or English");

    internal string Lang => _zh ? "zh" : "en";

    internal string Beneficiary(Beneficiary beneficiary) => (_zh, beneficiary) switch
    {
        (true, Outcomes.Beneficiary.CompletingTeam) => "成果完成团队",
        (true, Outcomes.Beneficiary.TransferringUnit) => "成果出让单位",
        (true, Outcomes.Beneficiary.TransferOfficeStaff) => "技术转移机构工作人员",
        (true, Outcomes.Beneficiary.CommissionedProjectResearchers) => "横向项目科研人员",
        (false, Outcomes.Beneficiary.CompletingTeam) => "the completing team",
        (false, Outcomes.Beneficiary.TransferringUnit) => "the transferring unit",
        (false, Outcomes.Beneficiary.TransferOfficeStaff) => "the technology transfer office staff",
        _ => "the commissioned project's researchers",
    };

    internal string Status(DeterminationStatus status) => !_zh ? status.ToString() : status switch
    {
        DeterminationStatus.Eligible => "符合条件",
        DeterminationStatus.NotEligible => "不符合条件",
        DeterminationStatus.NotCovered => "不适用（事件早于施行日期）",
        DeterminationStatus.Discretionary => "酌情支持（未规定金额）",
        DeterminationStatus.UnitTermsGovern => "按单位制度或约定执行",
        DeterminationStatus.AgreedByParties => "比例自行约定",
        DeterminationStatus.Compliant => "合规",
        DeterminationStatus.NotCompliant => "不合规",
        DeterminationStatus.Permitted => "允许",
        DeterminationStatus.NotPermitted => "不允许",
        DeterminationStatus.ApprovalRequired => "须经审批",
        DeterminationStatus.Blocked => "暂停（待审批）",
        DeterminationStatus.Exempt => "免责",
        _ => "不予免责",
    };

    internal string State(ObligationState state) => !_zh ? state.ToString() : state switch
    {
        ObligationState.Outstanding => "待履行",
        ObligationState.Fulfilled => "已履行",
        _ => "未按规定履行",
    };

    internal string Title => _zh ? "决定报告" : "Decision report";

    internal string CaseLine(string caseId, string date, string packs) => _zh
        ? $"案件 {caseId}，评估日期 {date}，适用政策：{packs}"
        : $"Case {caseId}, evaluated on {date} under {packs}";

    internal string OutcomesHeading => _zh ? "结果" : "Outcomes";

    internal string TraceHeading => _zh ? "规则执行轨迹" : "Trace";

    internal string ClausesHeading => _zh ? "条款" : "Clauses";

    internal string Integrity(bool intact, string digest) => _zh
        ? (intact ? $"摘要校验通过（{digest}）" : $"摘要校验失败：记录在写入后被修改（{digest}）")
        : (intact ? $"Digest verified ({digest})" : $"Digest does NOT match: the record was edited after it was written ({digest})");

    internal string Entitlement(string clause, string who, string arithmetic, string basis, string parameter, string facts) => _zh
        ? $"依据 {clause}，{who}应得不低于：{arithmetic} 元（{basis}）。参数：{parameter}。依据事实：{facts}。"
        : $"Under {clause}, {who} is owed at least {arithmetic} yuan ({basis}). Parameter: {parameter}. Facts: {facts}.";

    internal string EquityShare(string share) => _zh ? $"即不低于被投资企业 {share} 的股权" : $"that is, at least {share} of the company's equity";

    internal string Superseded(string governing, string reason) => _zh
        ? $"该项被 {governing} 取代，不予叠加：{reason}。"
        : $"Set aside for {governing}, never added: {reason}.";

    internal string Supersedes(string others) => _zh ? $"取代：{others}。" : $"It supersedes {others}.";

    internal string Determination(string clause, string topic, string subject, string status, string conditions) => _zh
        ? $"依据 {clause}，{subject} 的“{topic}”认定为：{status}。{conditions}"
        : $"Under {clause}, {topic} for {subject}: {status}. {conditions}";

    internal string Obligation(string clause, string subject, string requirement, string state) => _zh
        ? $"依据 {clause}，关于 {subject}：{requirement}（{state}）。"
        : $"Under {clause}, for {subject}: {requirement} ({state}).";

    internal string NoParameter => _zh ? "无" : "none";

    internal string Met(bool met) => met ? "✓" : "✗";
}
