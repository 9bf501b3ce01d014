using System.CommandLine;
using Baotou.Incentives.Cli.Commands;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Cli.Inputs;

/// <summary>
/// <c>--pack FILE</c> (repeatable): pack files (docs/PACKS.md) read strictly, each problem naming its file and JSON path, all
/// files' problems at once. A file may succeed or change a shipped pack, a pack the case or record already has, or a pack file
/// given before it.
/// </summary>
internal static class PackFiles
{
    /// <summary>The option, with the words of the command it is on.</summary>
    internal static Option<string[]> Option(string description) => new("--pack")
    {
        Description = description,
        HelpName = "pack.json",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Reads the files in the order given; none given, none read.</summary>
    /// <param name="files">The paths, as given.</param>
    /// <param name="known">Packs besides the shipped ones that a file may succeed or change (a case's or a record's).</param>
    /// <returns>Each file with its pack, in the order given.</returns>
    /// <exception cref="UsageProblem">A file cannot be read, is not a valid pack, or repeats the id of a file before it; every file's problems at once.</exception>
    internal static IReadOnlyList<PackFileRead> Read(IReadOnlyList<string>? files, IEnumerable<PolicyPack> known)
    {
        var read = new List<PackFileRead>();
        var problems = new List<string>();
        var before = known.ToArray();
        foreach (var file in files ?? [])
        {
            try
            {
                var pack = Guarded.Read(file, "pack file", stream => PackFile.Parse(stream, [.. before, .. read.Select(r => r.Pack)]));
                var twice = read.FirstOrDefault(r => r.Pack.Id == pack.Id);
                if (twice is not null)
                {
                    problems.Add($"{file}: pack '{pack.Id}' is given twice (also by {twice.File}); give each pack file its own id");
                }
                else
                {
                    read.Add(new PackFileRead(file, pack));
                }
            }
            catch (UsageProblem e)
            {
                problems.Add(e.Message);
            }
        }

        return problems.Count == 0 ? read : throw new UsageProblem(string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// A case's packs with the pack files added after them. A pack file whose id is already applied is refused: it would be
    /// two policies under one name; a later policy has an id of its own, and a changed copy is a what-if.
    /// </summary>
    /// <param name="applied">The packs the case names (or the default packs).</param>
    /// <param name="files">The pack files.</param>
    /// <param name="caseFile">The case file, for the message.</param>
    /// <param name="whatIf">Whether to point to <c>whatif</c>, which takes case files (not policy cases).</param>
    /// <returns>The packs to apply.</returns>
    /// <exception cref="UsageProblem">A pack file's id is one of <paramref name="applied"/>; every such file at once.</exception>
    internal static IReadOnlyList<PolicyPack> Added(IReadOnlyList<PolicyPack> applied, IReadOnlyList<PackFileRead> files, string caseFile, bool whatIf = true)
    {
        var clashes = files.Where(f => applied.Any(p => p.Id == f.Pack.Id)).Select(f =>
            $"{f.File}: pack '{f.Pack.Id}' is already applied to {caseFile}; give the pack file its own id (a later policy names the pack it follows in \"succeeds\")"
            + (whatIf ? $", or try it in place of '{f.Pack.Id}' with 'whatif {caseFile} --pack {f.File}'" : string.Empty)).ToArray();
        return clashes.Length == 0 ? [.. applied, .. files.Select(f => f.Pack)] : throw new UsageProblem(string.Join(Environment.NewLine, clashes));
    }
}

/// <summary>A pack file and the pack it defines.</summary>
/// <param name="File">The path, as given.</param>
/// <param name="Pack">The pack.</param>
internal sealed record PackFileRead(string File, PolicyPack Pack);
