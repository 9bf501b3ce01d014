namespace Baotou.Incentives.Records.Schema1;

/// <summary>A condition as schema 1 wrote it: its detail in an English sentence.</summary>
internal sealed record Schema1Condition(string Name, bool Met, string Detail);
