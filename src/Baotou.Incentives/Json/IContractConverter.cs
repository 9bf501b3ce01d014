using System.Text.Json.Serialization.Metadata;

namespace Baotou.Incentives.Json;

/// <summary>
/// A converter that binds its type by a contract of its own rather than the source-generated one, so that
/// <see cref="JsonShape"/> checks a document against what will really bind it (a reason's codes are found from the reason
/// types at run time, not listed to the source generator).
/// </summary>
internal interface IContractConverter
{
    /// <summary>The contract the converter binds with.</summary>
    JsonTypeInfo Contract { get; }
}
