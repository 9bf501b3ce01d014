using System.Text.Json.Serialization;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Json;
using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Records;

/// <summary>
/// The source-generated JSON contract of decision records, case files and facts: camelCase names, enums by name, ISO dates,
/// no number written as a string, and no property the contract does not know (the same options as every contract of the
/// library; the packs inside a record are bound by this contract too).
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(ReasonJsonConverter), typeof(DeterminationJsonConverter)])]
[JsonSerializable(typeof(RecordDocument))]
[JsonSerializable(typeof(IReason))]
[JsonSerializable(typeof(CaseDocument))]
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
internal sealed partial class RecordJsonContext : JsonSerializerContext
{
    private static RecordJsonContext? compact;

    /// <summary>The contract with the library's writing settings (<see cref="JsonDocuments.Compact"/>), made on first use.</summary>
    internal static RecordJsonContext Compact => compact ??= new(JsonDocuments.Compact(Default.Options));
}
