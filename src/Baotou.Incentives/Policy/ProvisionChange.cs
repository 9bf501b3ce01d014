namespace Baotou.Incentives.Policy;

/// <summary>One provision a national or autonomous-region policy changes: the parameter of the changed pack and its new value.</summary>
/// <param name="Parameter">The parameter whose matter the provision changes, e.g. <see cref="Baotou149.RegionalIncentiveRate"/>.</param>
/// <param name="Value">The changed value, in the parameter's unit.</param>
/// <param name="Reference">The text that makes the change, quoted from the changing document.</param>
public sealed record ProvisionChange(PolicyParameter Parameter, decimal Value, string Reference);
