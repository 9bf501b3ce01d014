using System.Security.Cryptography;
using System.Text;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Records;

/// <summary>
/// Fingerprints that tell a replay whether the rules or the parameters changed since a record was made. The rule set's
/// covers the library version and every rule's id, clause and definition as NRules holds it (metadata, conditions and
/// actions, written canonically by <see cref="RuleDefinitionText"/>), not compiled bytes: so it is the same for Debug and
/// Release and on every target framework, and a change of any condition, action or metadata changes it. The parameters'
/// covers every pack's identity and every dated value.
/// </summary>
internal static class Fingerprints
{
    private static readonly Lazy<string> RuleSetValue = new(ComputeRuleSet);

    internal static string LibraryVersion { get; } = typeof(Fingerprints).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    internal static string RuleSet => RuleSetValue.Value;

    internal static string Parameters(IEnumerable<PolicyPack> packs)
    {
        var text = new StringBuilder();
        foreach (var pack in packs.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            text.Append($"pack {pack.Id} {pack.RuleSet} {pack.EffectiveFrom:yyyy-MM-dd} {pack.Readings.TransferOfficeRewardBasis} {pack.Readings.ProfitYears} {pack.Readings.ExemptionPublicity} {pack.Readings.TransferOfficeEquity} {pack.Readings.IncomeRetention}\n");
            foreach (var value in ValuesOf([pack]))
            {
                text.Append($"{value.Parameter} {value.EffectiveFrom:yyyy-MM-dd} {value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n");
            }
        }

        return Sha256(Encoding.UTF8.GetBytes(text.ToString()));
    }

    internal static IReadOnlyList<RecordedParameter> ValuesOf(IEnumerable<PolicyPack> packs) => packs
        .OrderBy(p => p.Id, StringComparer.Ordinal)
        .SelectMany(pack => pack.Parameters.SelectMany(parameter =>
            pack.ValuesOf(parameter).Select(v => new RecordedParameter(pack.Id, parameter.Key, v.EffectiveFrom, v.Value))))
        .ToArray();

    internal static string Sha256(byte[] bytes) => "sha256:" + Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>The library version and, for every rule in id order, its id, clause and canonical definition (<see cref="RuleDefinitionText"/>).</summary>
    internal static string RuleSetText() => RuleSetText(Engine.CompiledRules.All);

    /// <summary>As <see cref="RuleSetText()"/>, for the given definitions.</summary>
    internal static string RuleSetText(IEnumerable<NRules.RuleModel.IRuleDefinition> rules)
    {
        var text = new StringBuilder(LibraryVersion).Append('\n');
        foreach (var rule in rules.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var clause = RuleCatalog.ById.TryGetValue(rule.Name, out var info) ? info.Clause : string.Empty;
            text.Append("clause ").Append(clause).Append('\n').Append(RuleDefinitionText.Of(rule));
        }

        return text.ToString();
    }

    private static string ComputeRuleSet() => Sha256(Encoding.UTF8.GetBytes(RuleSetText()));
}
