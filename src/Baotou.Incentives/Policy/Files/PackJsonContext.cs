using System.Text.Json.Serialization;
using Baotou.Incentives.Json;

namespace Baotou.Incentives.Policy.Files;

/// <summary>The source-generated JSON contract of pack files, with the options of every contract of the library.</summary>
[JsonSerializable(typeof(PackDocument))]
internal sealed partial class PackJsonContext : JsonSerializerContext
{
    private static PackJsonContext? compact;

    /// <summary>The contract with the library's writing settings (<see cref="JsonDocuments.Compact"/>), made on first use.</summary>
    internal static PackJsonContext Compact => compact ??= new(JsonDocuments.Compact(Default.Options));
}
