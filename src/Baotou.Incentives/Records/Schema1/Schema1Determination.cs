using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Records.Schema1;

/// <summary>A determination as schema 1 wrote it: no modality.</summary>
internal sealed record Schema1Determination(
    string Id, string RuleId, string Clause, string PackId, string Topic, string SubjectFactId, DeterminationStatus Status, IReadOnlyList<Schema1Condition> Conditions);
