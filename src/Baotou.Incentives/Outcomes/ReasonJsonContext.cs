using System.Text.Json.Serialization;
using Baotou.Incentives.Json;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// A reason's JSON contract, with the options of every contract of the library: a what-if compares two reasons by their
/// canonical JSON, as a record writes them, and <see cref="ReasonJsonConverter"/> takes its settings from here, so neither
/// reaches up into the record's contract. A determination's plain contract is here too, for <see cref="DeterminationJsonConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(ReasonJsonConverter)])]
[JsonSerializable(typeof(IReason))]
[JsonSerializable(typeof(Determination))]
internal sealed partial class ReasonJsonContext : JsonSerializerContext
{
    private static ReasonJsonContext? compact;

    /// <summary>The contract with the library's writing settings (<see cref="JsonDocuments.Compact"/>), made on first use.</summary>
    internal static ReasonJsonContext Compact => compact ??= new(JsonDocuments.Compact(Default.Options));
}
