using Baotou.Incentives.Outcomes;
using NodaTime;

namespace Baotou.Incentives.Records.Schema1;

/// <summary>An entitlement as schema 1 wrote it: its basis described in an English sentence, no modality.</summary>
internal sealed record Schema1Entitlement(
    string Id,
    string RuleId,
    string Clause,
    string PackId,
    LocalDate PolicyEffectiveFrom,
    Beneficiary Beneficiary,
    EntitlementKind Kind,
    string SubjectFactId,
    string IncomeKey,
    string BasisDescription,
    decimal Basis,
    decimal Rate,
    decimal MinimumAmount,
    decimal? MinimumEquityShare = null,
    LocalDate? PeriodStart = null,
    LocalDate? PeriodEnd = null);
