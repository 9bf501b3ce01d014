using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Policy;

/// <summary>The packs the library ships, by id: what case files, policy cases and the command-line tool name.</summary>
public static class KnownPacks
{
    /// <summary>Every shipped pack, ordered by id.</summary>
    public static IReadOnlyList<PolicyPack> All { get; } =
        new[] { Baotou149.Pack, NationalLaw2015Article45.Pack }.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Finds shipped packs by id.</summary>
    /// <param name="ids">The ids; <see langword="null"/> or empty for 149号 alone.</param>
    /// <returns>The packs, in the order given.</returns>
    /// <exception cref="IncentiveValidationException">An id is not a shipped pack's; the problem lists the known ids.</exception>
    public static IReadOnlyList<PolicyPack> Resolve(IEnumerable<string>? ids)
    {
        var wanted = ids?.ToArray() ?? [];
        if (wanted.Length == 0)
        {
            return [Baotou149.Pack];
        }

        var unknown = wanted.Where(id => All.All(p => p.Id != id)).ToArray();
        return unknown.Length == 0
            ? wanted.Select(id => All.Single(p => p.Id == id)).ToArray()
            : throw new IncentiveValidationException(unknown.Select(id => new ValidationProblem(nameof(PolicyPack), id, "Id",
                $"is not a pack the library ships; known packs: {string.Join(", ", All.Select(p => p.Id))}")).ToArray());
    }
}
