namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// The library's rooms from the lowest up, as docs/ARCHITECTURE.md draws them: a room may use the rooms below it and its own,
/// never one above it. A room is one or more namespaces right under <c>Baotou.Incentives</c> (their sub-namespaces
/// included, unless a sub-namespace is a room of its own) that may know each other, such as the engine and its what-if.
/// </summary>
internal sealed class NamespaceLayers(params string[][] rooms)
{
    private const string Library = "Baotou.Incentives";

    private readonly Dictionary<string, int> _levelOf = rooms
        .SelectMany((room, level) => room.Select(name => (name, level)))
        .ToDictionary(r => r.name, r => r.level, StringComparer.Ordinal);

    /// <summary>The rooms of the library as they stand (lowest first).</summary>
    internal static NamespaceLayers House { get; } = new(
        ["Money"],
        ["Validation"],
        ["Inputs"],
        ["Json"],
        ["Facts"],
        ["Policy"],
        ["Outcomes"],
        ["Tracing"],
        ["Rules"],
        ["Engine", "WhatIf"],
        ["Records"],
        ["Signing"],
        ["Replay"],
        ["Impact"],
        ["Exploration"],
        ["Explanations"],
        ["PolicyCases"],
        ["Exploration.Mutation"]);

    /// <summary>
    /// Every use that runs back: from a type to one in a room above its own, or in or from a namespace no room holds, each as
    /// "From → To (room → room)", sorted.
    /// </summary>
    internal IReadOnlyList<string> BackArrows(IEnumerable<(string From, string To)> uses) => uses
        .Where(u => RoomOf(u.From) != RoomOf(u.To) && (LevelOf(u.From) is not { } from || LevelOf(u.To) is not { } to || to > from))
        .Select(u => $"{Short(u.From)} → {Short(u.To)} ({RoomOf(u.From) ?? "?"} → {RoomOf(u.To) ?? "?"})")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The level of a type's room; <see langword="null"/> for a namespace no room holds, which may use and be used by none.</summary>
    private int? LevelOf(string fullName) => RoomOf(fullName) is { } room && _levelOf.TryGetValue(room, out var level) ? level : null;

    /// <summary>
    /// The room of a full type name: the longest room whose namespace holds it (<c>Exploration.Mutation</c> before
    /// <c>Exploration</c>), else the namespace right under the library's; <see langword="null"/> outside the library.
    /// </summary>
    internal string? RoomOf(string fullName)
    {
        if (!fullName.StartsWith(Library + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = fullName[(Library.Length + 1)..].Split('.');
        for (var length = parts.Length - 1; length > 1; length--)
        {
            var name = string.Join('.', parts[..length]);
            if (_levelOf.ContainsKey(name))
            {
                return name;
            }
        }

        return parts.Length > 1 ? parts[0] : null;
    }

    private static string Short(string fullName) => fullName.StartsWith(Library + ".", StringComparison.Ordinal)
        ? fullName[(Library.Length + 1)..]
        : fullName;
}
