using System.Text;

namespace Baotou.Incentives.Cli.Inputs;

/// <summary>
/// The file-system checks every command makes before it parses anything, each refusing with a <see cref="UsageProblem"/>
/// that names the path and says what is wrong with it in plain words (never the runtime's own exception text alone).
/// </summary>
internal static class InputFiles
{
    /// <summary>Reads one input file that must exist, be a file and not be empty.</summary>
    /// <param name="path">The path as the user gave it (messages repeat it as given).</param>
    /// <param name="what">What the file should be, e.g. <c>a decision record</c>, for the message when a folder is given.</param>
    /// <returns>The file's bytes.</returns>
    internal static byte[] Read(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new UsageProblem($"{path}: is a folder; give {what} (a .json file)");
        }

        if (!File.Exists(path))
        {
            throw new UsageProblem($"{path}: no such file");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageProblem($"{path}: cannot be read ({e.Message})");
        }

        if (IsEmpty(bytes))
        {
            throw new UsageProblem($"{path}: is empty");
        }

        return bytes;
    }

    /// <summary>Reads one input file as text (UTF-8, with or without a byte-order mark); see <see cref="Read"/>.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="what">What the file should be.</param>
    /// <returns>The file's text.</returns>
    internal static string ReadText(string path, string what)
    {
        var bytes = Read(path, what);
        return new UTF8Encoding(false).GetString(bytes.AsSpan(HasByteOrderMark(bytes) ? 3 : 0));
    }

    /// <summary>
    /// Expands the paths given into the JSON files to read, in the order given; a folder stands for its own <c>*.json</c>
    /// files (not its subfolders'), in ordinal order of their names.
    /// </summary>
    /// <param name="paths">Files and folders, as given.</param>
    /// <returns>The files, each once.</returns>
    internal static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray();
                if (inFolder.Length == 0)
                {
                    throw new UsageProblem($"no *.json files in {path}");
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageProblem($"{path}: no such file or folder");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Checks a file to write: not a folder, and its folder exists.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="option">The option that named it, for the message.</param>
    internal static void CheckWritable(string path, string option)
    {
        if (Directory.Exists(path))
        {
            throw new UsageProblem($"{path}: is a folder; {option} names the file to write");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageProblem($"{path}: cannot be written: no such folder {Path.GetDirectoryName(path)}");
        }
    }

    /// <summary>Checks a folder to write into, creating it when it does not exist yet.</summary>
    /// <param name="path">The path as given.</param>
    internal static void EnsureFolder(string path)
    {
        if (File.Exists(path))
        {
            throw new UsageProblem($"{path}: is not a folder");
        }

        Directory.CreateDirectory(path);
    }

    private static bool HasByteOrderMark(byte[] bytes) => bytes is [0xEF, 0xBB, 0xBF, ..];

    // Nothing but a byte-order mark and white space is as empty as no bytes: the JSON reader's own message for it is about
    // "tokens" and "final blocks", which tells a person nothing.
    private static bool IsEmpty(byte[] bytes) =>
        bytes.AsSpan(HasByteOrderMark(bytes) ? 3 : 0).IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
