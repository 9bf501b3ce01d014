using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Records.Schema1;

/// <summary>An obligation as schema 1 wrote it: its requirement in an English sentence.</summary>
internal sealed record Schema1Obligation(
    string Id, string RuleId, string Clause, string PackId, string Topic, string SubjectFactId, string Requirement, ObligationState State);
