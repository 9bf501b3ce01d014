using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Records;

/// <summary>
/// Fingerprints that tell a replay whether the rules or the parameters changed since a record was made. The rule set's
/// covers every rule's id, clause and compiled code (its own methods' IL) and the library version, so editing a rule's
/// conditions or arithmetic changes it; the parameters' covers every pack's identity and every dated value.
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
            foreach (var parameter in pack.Parameters)
            {
                foreach (var value in pack.ValuesOf(parameter))
                {
                    text.Append($"{parameter.Key} {value.EffectiveFrom:yyyy-MM-dd} {value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n");
                }
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

    private static string ComputeRuleSet()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(LibraryVersion + "\n"));
        foreach (var rule in RuleCatalog.ById.Values.OrderBy(r => r.RuleId, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{rule.RuleId} {rule.Clause}\n"));
            const BindingFlags own = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
            foreach (var method in rule.RuleType.GetMethods(own).OrderBy(m => m.ToString(), StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(method.ToString() ?? string.Empty));
                hash.AppendData(method.GetMethodBody()?.GetILAsByteArray() ?? []);
            }
        }

        return "sha256:" + Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
