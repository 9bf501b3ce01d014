namespace Baotou.Incentives.Facts;

/// <summary>What a cost deducted from gross income to reach net income (净收入) is for.</summary>
public enum DeductionKind
{
    /// <summary>Taxes related to the transaction.</summary>
    RelatedTaxes = 1,

    /// <summary>The unit's cost of maintaining the achievement (e.g. patent fees).</summary>
    MaintenanceCost = 2,

    /// <summary>Appraisal, negotiation and other costs of the transaction itself.</summary>
    TransactionCost = 3,

    /// <summary>Another deductible cost the unit documents.</summary>
    Other = 4,
}
