namespace Baotou.Incentives.Json;

/// <summary>
/// A converter that reads and writes an enum by words other than its members' names (a format once shipped keeps its
/// words when the members are renamed), so that <see cref="JsonShape"/> checks a value against the words a document holds.
/// </summary>
internal interface IEnumWordsConverter
{
    /// <summary>Every word a document may hold, in the order a message lists them.</summary>
    IReadOnlyList<string> Words { get; }
}
