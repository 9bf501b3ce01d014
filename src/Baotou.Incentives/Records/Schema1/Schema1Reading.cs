using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;

namespace Baotou.Incentives.Records.Schema1;

/// <summary>
/// Reads a schema-1 record's outcomes into today's model. Their sentences are kept as written (<see cref="RecordedText"/>),
/// never translated or turned back into codes. Schema 1 had no modality; each outcome gets the modality its rule's
/// sentence has, from a table frozen with the rules of schema 1 (a rule added later never appears in a schema-1 record).
/// </summary>
internal static class Schema1Reading
{
    private static readonly IReadOnlyDictionary<string, Modality> ByRule = new Dictionary<string, Modality>(StringComparer.Ordinal)
    {
        ["149-1-ownership-arrangement"] = Modality.Encouraged,
        ["149-2-use-right"] = Modality.Encouraged,
        ["149-2-use-right-extension"] = Modality.Encouraged,
        ["149-3-equity-self-managed"] = Modality.Encouraged,
        ["149-3-income-retained"] = Modality.Encouraged,
        ["149-4-pilot-platform"] = Modality.UnderRelevantProvisions,
        ["149-5-transfer-office-staff-reward"] = Modality.OwedMinimum,
        ["149-6-commissioner"] = Modality.MayEnjoy,
        ["149-7-below-threshold"] = Modality.RecommendedToSeek,
        ["149-7-not-landing-in-baotou"] = Modality.RecommendedToSeek,
        ["149-8-equity-share"] = Modality.OwedMinimum,
        ["149-8-national-award-transfer"] = Modality.MayEnjoy,
        ["149-8-operating-profit"] = Modality.OwedMinimum,
        ["149-8-operating-profit-outside-term"] = Modality.OwedMinimum,
        ["149-8-transfer-licence-net-income"] = Modality.OwedMinimum,
        ["149-8-unit-terms-govern"] = Modality.OwedMinimum,
        ["149-9-surplus-invested"] = Modality.OwedMinimum,
        ["149-9-surplus-performance-pay"] = Modality.AgreedByParties,
        ["149-10-publication"] = Modality.Required,
        ["149-11-liability-exemption"] = Modality.Provided,
        ["149-12-ownership-blocked"] = Modality.Required,
        ["149-12-secrecy-approval"] = Modality.Required,
        ["149-12-use-right-blocked"] = Modality.Required,
        ["149-commencement-not-covered"] = Modality.Provided,
        ["law2015-45-1-net-income"] = Modality.OwedMinimum,
        ["law2015-45-2-equity"] = Modality.OwedMinimum,
        ["law2015-45-3-operating-profit"] = Modality.OwedMinimum,
        ["law2015-45-3-term-chosen-by-unit"] = Modality.OwedMinimum,
    };

    /// <summary>（七）'s rule makes both a recommended grant and a discretionary finding; （十）'s pricing finding is an encouragement.</summary>
    internal static Modality ModalityOf(string ruleId, string? topic = null) => (ruleId, topic) switch
    {
        ("149-7-regional-incentive", "city-support") => Modality.Discretionary,
        ("149-7-regional-incentive", _) => Modality.RecommendedToSeek,
        ("149-10-publication", "pricing") => Modality.Encouraged,
        _ => ByRule.TryGetValue(ruleId, out var modality) ? modality : Modality.Provided,
    };

    internal static Entitlement Read(Schema1Entitlement e) => new(
        e.Id, e.RuleId, e.Clause, e.PackId, e.PolicyEffectiveFrom, e.Beneficiary, e.Kind, ModalityOf(e.RuleId), e.SubjectFactId, e.IncomeKey,
        new RecordedText(e.BasisDescription), [], e.Basis, e.Rate, e.MinimumAmount, e.MinimumEquityShare, e.PeriodStart, e.PeriodEnd);

    internal static Determination Read(Schema1Determination d) => new(
        d.Id, d.RuleId, d.Clause, d.PackId, d.Topic, d.SubjectFactId, d.Status, ModalityOf(d.RuleId, d.Topic),
        [.. d.Conditions.Select(c => new Condition(c.Name, c.Met, new RecordedText(c.Detail)))]);

    internal static Obligation Read(Schema1Obligation o) => new(
        o.Id, o.RuleId, o.Clause, o.PackId, o.Topic, o.SubjectFactId, new RecordedText(o.Requirement), Modality.Required, o.State);

    internal static Supersession Read(Schema1Supersession s) => new(s.Id, s.RuleId, s.Clause, s.SupersededId, s.GoverningId, new RecordedText(s.Reason));
}
