using System.Text.Json.Serialization;
using Baotou.Incentives.Json;

namespace Baotou.Incentives.PolicyCases;

/// <summary>The source-generated JSON contract of policy cases, with the options of every contract of the library.</summary>
[JsonSerializable(typeof(PolicyCaseDocument))]
internal sealed partial class PolicyCaseJsonContext : JsonSerializerContext
{
    private static PolicyCaseJsonContext? compact;

    /// <summary>The contract with the library's writing settings (<see cref="JsonDocuments.Compact"/>), made on first use.</summary>
    internal static PolicyCaseJsonContext Compact => compact ??= new(JsonDocuments.Compact(Default.Options));
}
