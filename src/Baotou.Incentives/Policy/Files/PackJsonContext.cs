using System.Text.Json.Serialization;
using Baotou.Incentives.Json;

namespace Baotou.Incentives.Policy.Files;

/// <summary>The source-generated JSON contract of pack files.</summary>
[JsonSerializable(typeof(PackDocument))]
internal sealed partial class PackJsonContext : JsonSerializerContext
{
    private static PackJsonContext? compact;

    /// <summary>
    /// The contract with the library's settings (<see cref="JsonDocuments.Compact"/>), made on first use, except that it binds
    /// past unknown properties: <see cref="PackFile"/> has said each of them already, and reading on finds the problems of
    /// every known field too.
    /// </summary>
    internal static PackJsonContext Compact =>
        compact ??= new(new(JsonDocuments.Compact(Default.Options)) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip });
}
