namespace Baotou.Incentives.Records.Schema1;

/// <summary>A supersession as schema 1 wrote it: its reason in a sentence.</summary>
internal sealed record Schema1Supersession(string Id, string RuleId, string Clause, string SupersededId, string GoverningId, string Reason);
