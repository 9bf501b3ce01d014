using System.Text.Json.Serialization;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Tracing;

namespace Baotou.Incentives.Records;

/// <summary>
/// The source-generated JSON contract of decision records and case files: camelCase names, enums by name, ISO dates, no
/// number written as a string, and no property the contract does not know.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(LocalDateJsonConverter), typeof(ReasonJsonConverter)])]
[JsonSerializable(typeof(RecordDocument))]
[JsonSerializable(typeof(IReason))]
[JsonSerializable(typeof(CaseDocument))]
[JsonSerializable(typeof(Baotou.Incentives.Policy.Files.PackDocument))]
[JsonSerializable(typeof(Baotou.Incentives.PolicyCases.PolicyCaseDocument))]
[JsonSerializable(typeof(Unit))]
[JsonSerializable(typeof(OwnRewardRates))]
[JsonSerializable(typeof(Achievement))]
[JsonSerializable(typeof(TechnologyContract))]
[JsonSerializable(typeof(PaymentReceived))]
[JsonSerializable(typeof(IncomeDeduction))]
[JsonSerializable(typeof(EquityConversion))]
[JsonSerializable(typeof(TransferOfficeEngagement))]
[JsonSerializable(typeof(SelfImplementation))]
[JsonSerializable(typeof(OperatingProfit))]
[JsonSerializable(typeof(CommissionedResearchSurplus))]
[JsonSerializable(typeof(OwnershipArrangement))]
[JsonSerializable(typeof(UseRightGrant))]
[JsonSerializable(typeof(UseRightExtension))]
[JsonSerializable(typeof(StateSecretDesignation))]
[JsonSerializable(typeof(SecrecyApproval))]
[JsonSerializable(typeof(PilotPlatform))]
[JsonSerializable(typeof(CommissionerEngagement))]
[JsonSerializable(typeof(TransferServiceAgency))]
[JsonSerializable(typeof(TransactionPublicity))]
[JsonSerializable(typeof(LiabilityReview))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
