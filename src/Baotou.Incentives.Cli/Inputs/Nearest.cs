namespace Baotou.Incentives.Cli.Inputs;

/// <summary>The known name closest to a misspelled one, as the library's readers suggest a field ("did you mean …?").</summary>
internal static class Nearest
{
    /// <summary>The closest of <paramref name="known"/> within a third of its length (at least 2 edits), or <see langword="null"/>.</summary>
    internal static string? Of(string given, IEnumerable<string> known) => known
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
