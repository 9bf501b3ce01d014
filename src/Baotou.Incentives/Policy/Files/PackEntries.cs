using Baotou.Incentives.Inputs;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Policy.Files;

/// <summary>
/// The <c>packs</c> of a case file or a policy case: each entry a shipped pack's id or a pack file's path, relative to the
/// folder of the file that names it (<c>"packs": ["baotou-2023-149", "./later-notice.json"]</c>). An entry that starts
/// with <c>./</c> or <c>../</c> or ends in <c>.json</c> is a file; any other is an id. A pack file may succeed or change a
/// shipped pack or one named before it in the same list. A pack file must be in that folder or below it: an entry that
/// leads out of it (<c>../../etc/passwd</c>, an absolute path, a symbolic link to elsewhere) is refused before the file is
/// looked for, in words that do not depend on whether it exists, so a case file cannot make the tool read, or say anything
/// about, a file elsewhere on the disk; a pack from elsewhere is given on the command line.
/// </summary>
internal static class PackEntries
{
    /// <summary>Whether an entry names a pack file rather than a shipped pack.</summary>
    internal static bool IsFile(string entry) =>
        entry.StartsWith("./", StringComparison.Ordinal) || entry.StartsWith("../", StringComparison.Ordinal)
        || entry.StartsWith(".\\", StringComparison.Ordinal) || entry.StartsWith("..\\", StringComparison.Ordinal)
        || entry.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The packs the entries name, in their order; the default packs when there are none. Every problem at once: an unknown
    /// id, a pack file that is missing or refused (each of its own problems, after the entry's path), or a pack file named
    /// by a file read without its path.
    /// </summary>
    /// <param name="entries">The <c>packs</c> entries, or <see langword="null"/>.</param>
    /// <param name="path">The path of the file that names them, or <see langword="null"/> when it was read from text alone.</param>
    /// <param name="what">What that file is, e.g. "case file".</param>
    internal static IReadOnlyList<PolicyPack> Resolve(IReadOnlyList<string>? entries, string? path, string what)
    {
        if (entries is null || !entries.Any(e => e is not null && IsFile(e)))
        {
            // Shipped ids only: resolved, and refused, as they always were.
            return KnownPacks.Resolve(entries);
        }

        var folder = path is null ? null : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var packs = new List<PolicyPack>();
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var at = $"$.packs[{i}]";
            if (string.IsNullOrWhiteSpace(entry))
            {
                problems.Add(new("JSON", null, at, "must be a shipped pack's id or a pack file's path, e.g. \"./later-notice.json\""));
            }
            else if (!IsFile(entry))
            {
                try
                {
                    packs.AddRange(KnownPacks.Resolve([entry]));
                }
                catch (IncentiveValidationException e)
                {
                    problems.AddRange(e.Problems.Select(p => new ValidationProblem("JSON", null, at, $"'{entry}' {p.Reason}")));
                }
            }
            else if (folder is null)
            {
                problems.Add(new("JSON", null, at,
                    $"names pack file '{entry}', which is found relative to the {what}'s folder: read the {what} with its path"));
            }
            else if (Outside(folder, Path.GetFullPath(Path.Combine(folder, entry))))
            {
                // Said before the file is looked for: the words are the same whether or not it exists, and it is never read.
                problems.Add(new("JSON", null, at,
                    $"names pack file '{entry}', which is outside the folder of {what} '{path}' ({folder}); a {what} reads pack files "
                    + $"in its own folder or below it only: copy the pack beside the {what}, or give it on the command line (--pack)"));
            }
            else
            {
                var full = Path.GetFullPath(Path.Combine(folder, entry));
                var pack = Read(entry, full, at, $"relative to the folder of {what} '{path}'", packs, problems);
                if (pack is not null)
                {
                    packs.Add(pack);
                }
            }
        }

        return problems.Count == 0 ? packs : throw new IncentiveValidationException(problems);
    }

    /// <summary>
    /// Whether a pack file's full path is outside the folder of the file that names it, either as written (<c>../</c>, an
    /// absolute path) or through a symbolic link whose final target is outside.
    /// </summary>
    private static bool Outside(string folder, string full)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var inside = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(inside, comparison))
        {
            return true;
        }

        try
        {
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            var realFolder = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            return target is not null && !target.StartsWith(inside, comparison)
                && (realFolder is null || !target.StartsWith(Path.TrimEndingDirectorySeparator(realFolder) + Path.DirectorySeparatorChar, comparison));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Inside as written and not there: said as missing, in the folder's terms.
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static PolicyPack? Read(string entry, string full, string at, string whence, IReadOnlyList<PolicyPack> before, List<ValidationProblem> problems)
    {
        if (!File.Exists(full))
        {
            problems.Add(new("JSON", null, at, $"names pack file '{entry}', which does not exist (looked for {full}, {whence})"));
            return null;
        }

        // Asked before opening: opening a FIFO waits for a writer, and a device may never end.
        if (FileKinds.NotRegular(full) is { } notRegular)
        {
            problems.Add(new("JSON", null, at, $"names pack file '{entry}' ({full}, {whence}), which {notRegular}"));
            return null;
        }

        try
        {
            using var stream = File.OpenRead(full);
            return PackFile.Parse(stream, before);
        }
        catch (IncentiveValidationException e)
        {
            problems.AddRange(e.Problems.Select(p => new ValidationProblem("JSON", null, at,
                $"names pack file '{entry}' ({full}, {whence}), which is refused: {p.Field}: {p.Reason}")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new("JSON", null, at, $"names pack file '{entry}' ({full}, {whence}), which cannot be read: {e.Message}"));
        }

        return null;
    }
}
