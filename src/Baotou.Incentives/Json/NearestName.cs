namespace Baotou.Incentives.Json;

/// <summary>
/// "Did you mean …?": the name a misspelt key or option most likely meant, by edit distance (case ignored), so that every
/// reader that refuses an unknown name (a case's, a pack's, a host's own options) suggests the same one.
/// </summary>
public static class NearestName
{
    /// <summary>The known name closest to a misspelt one, if any is close enough to be what was meant.</summary>
    /// <param name="given">The name as written, e.g. <c>--lnag</c> or <c>contractid</c>.</param>
    /// <param name="known">The names that would have been accepted.</param>
    /// <returns>The nearest known name, or <see langword="null"/> when none is near enough.</returns>
    public static string? Of(string given, IEnumerable<string> known) => known
        .Select(k => (Name: k, Distance: Distance(given.ToLowerInvariant(), k.ToLowerInvariant())))
        .Where(k => k.Distance <= Math.Max(2, k.Name.Length / 3))
        .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
        .Select(k => k.Name).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
