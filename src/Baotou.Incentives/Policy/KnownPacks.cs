using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Policy;

/// <summary>The packs the library ships, by id: what case files, policy cases and the command-line tool name.</summary>
public static class KnownPacks
{
    /// <summary>Every shipped pack, ordered by id.</summary>
    public static IReadOnlyList<PolicyPack> All { get; } =
        new[] { Baotou149.Pack, NationalLaw2015Article45.Pack }.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The packs an engine applies unless told otherwise: 《促进科技成果转化法》第四十五条, which is always in force, and 149号
    /// beside it (<see cref="NationalLaw2015Article45.Pack"/>, <see cref="Baotou149.Pack"/>), ordered by id.
    /// </summary>
    public static IReadOnlyList<PolicyPack> Default => All;

    /// <summary>Finds shipped packs by id.</summary>
    /// <param name="ids">The ids; <see langword="null"/> or empty for the <see cref="Default"/> packs (the law's 第四十五条 and 149号).</param>
    /// <returns>The packs, in the order given.</returns>
    /// <exception cref="IncentiveValidationException">An id is not a shipped pack's; the problem lists the known ids.</exception>
    public static IReadOnlyList<PolicyPack> Resolve(IEnumerable<string>? ids)
    {
        var wanted = ids?.ToArray() ?? [];
        if (wanted.Length == 0)
        {
            return Default;
        }

        var unknown = wanted.Where(id => All.All(p => p.Id != id)).ToArray();
        return unknown.Length == 0
            ? wanted.Select(id => All.Single(p => p.Id == id)).ToArray()
            : throw new IncentiveValidationException(unknown.Select(id => new ValidationProblem(nameof(PolicyPack), id, "Id",
                $"is not a pack the library ships; known packs: {string.Join(", ", All.Select(p => p.Id))}")).ToArray());
    }

    /// <summary>Whether a pack is one the library ships, definition and all (<see cref="PackFile.SameDefinition"/>): a pack of one's own with a shipped id is not.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns><see langword="true"/> when a shipped pack has the same definition.</returns>
    public static bool IsShipped(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return All.Any(p => p.Id == pack.Id && PackFile.SameDefinition(p, pack));
    }
}
