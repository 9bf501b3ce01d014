namespace Baotou.Incentives.Cli;

/// <summary>Writing a command's output: to the console, or to <c>--out</c>, which must be named and must not be one of the command's inputs.</summary>
internal static class OutputFile
{
    /// <summary>Refuses an empty <c>--out</c> and one that names an input, before anything is read or evaluated.</summary>
    internal static void Check(string? path, params string?[] inputs)
    {
        if (path is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new FileProblem("--out", "needs a file name; was empty (leave --out out to write to the console)");
        }

        var target = Path.GetFullPath(path);
        foreach (var input in inputs.Where(i => !string.IsNullOrEmpty(i)))
        {
            if (string.Equals(Path.GetFullPath(input!), target, StringComparison.Ordinal))
            {
                throw new FileProblem(path, "is one of this command's inputs; --out must name another file, so that no input is overwritten");
            }
        }
    }

    internal static void Write(string text, string? path, TextWriter output)
    {
        if (path is null)
        {
            output.Write(text);
            return;
        }

        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileProblem(path, "cannot be written: " + (e is UnauthorizedAccessException ? "permission denied, or it is a folder" : e.Message));
        }
    }
}
