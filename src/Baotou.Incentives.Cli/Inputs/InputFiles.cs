using Baotou.Incentives.Inputs;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Cli.Inputs;

/// <summary>
/// The file-system checks every command makes, each refusing with a <see cref="UsageProblem"/> that names the path and says
/// what is wrong with it in plain words (never the runtime's own exception text alone). Inputs are handed to the library's
/// stream readers (only once the path is known to be a regular file: a FIFO, a device or a socket is refused by name without
/// being opened, since opening a FIFO waits for a writer), which refuse a file over their limit from its length before reading and a stream without end one byte
/// past the limit, so no input is ever read whole into memory before its size is known. Outputs are checked before any
/// input is read: named, not a folder, in a folder that exists, and never one of the command's own inputs.
/// </summary>
internal static class InputFiles
{
    /// <summary>The largest key, certificate or trust file read (PEM text is a few kilobytes).</summary>
    private const int MaximumPemBytes = 1024 * 1024;

    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Opens one input file and hands it to a library reader (e.g. <c>DecisionRecord.Parse</c>); the reader's problems
    /// escape as they are, for the caller to name the file, except that an empty document is said as <c>FILE: is empty</c>.
    /// </summary>
    /// <param name="path">The path as the user gave it (messages repeat it as given).</param>
    /// <param name="what">What the file should be, e.g. <c>decision record</c>.</param>
    /// <param name="read">The reader.</param>
    /// <returns>What the reader read.</returns>
    internal static T Read<T>(string path, string what, Func<Stream, T> read)
    {
        using var stream = Open(path, what, "json");
        try
        {
            return read(stream);
        }
        catch (IncentiveValidationException e) when (e.Problems is [{ Field: "$" } problem] && problem.Reason.StartsWith("is empty", StringComparison.Ordinal))
        {
            // The library decides emptiness for every reader alike (white space and one byte-order mark are empty too).
            throw new UsageProblem($"{path}: is empty");
        }
    }

    /// <summary>A PEM file's text (a key, a certificate, keys to trust), refused over 1 MB before reading.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="what">What the file should be, e.g. <c>signing key</c>.</param>
    /// <returns>The file's text.</returns>
    internal static string ReadPem(string path, string what)
    {
        using var stream = Open(path, what, "pem");
        if (stream.CanSeek && stream.Length > MaximumPemBytes)
        {
            throw new UsageProblem($"{path}: is {stream.Length} bytes; a {what} in PEM may be at most {MaximumPemBytes} bytes");
        }

        var buffer = new byte[MaximumPemBytes + 1];
        var total = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return total > MaximumPemBytes
            ? throw new UsageProblem($"{path}: is more than {MaximumPemBytes} bytes; a {what} in PEM may be at most {MaximumPemBytes} bytes")
            : System.Text.Encoding.UTF8.GetString(buffer, 0, total);
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

    /// <summary>
    /// Checks a file to write before anything is read: named, not a folder, its folder exists, and it is none of the
    /// command's inputs (the same device and inode, so a hard or symbolic link to an input is refused), so that no command
    /// overwrites what it reads.
    /// </summary>
    /// <param name="path">The path as given.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <param name="inputs">The command's input files; <see langword="null"/> entries are options not given.</param>
    internal static void CheckWritable(string path, string option, params string?[] inputs)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageProblem($"{option}: needs a file name; was empty (leave {option} out to write to the console)");
        }

        if (Directory.Exists(path))
        {
            throw new UsageProblem($"{path}: is a folder; {option} names the file to write");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageProblem($"{path}: cannot be written: no such folder {Path.GetDirectoryName(path)}");
        }

        if (inputs.FirstOrDefault(input => !string.IsNullOrEmpty(input) && SamePath(input, path)) is not null)
        {
            throw new UsageProblem($"{path}: is one of this command's inputs; {option} must name another file, so that no input is overwritten");
        }
    }

    /// <summary>Writes a command's text output to a file checked with <see cref="CheckWritable"/>, naming it if that fails.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">What to write.</param>
    internal static void Write(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageProblem($"{path}: cannot be written: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
    }

    /// <summary>Checks a folder to write into, creating it when it does not exist yet.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="option">The option that named it, for the message.</param>
    internal static void EnsureFolder(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageProblem($"{option}: needs a folder name; was empty");
        }

        if (File.Exists(path))
        {
            throw new UsageProblem($"{path}: is not a folder");
        }

        Directory.CreateDirectory(path);
    }

    /// <summary>
    /// Whether two paths name the same file or folder: when both exist, the same device and inode (so a hard link to an
    /// input is that input, and so is a symbolic link); otherwise (one does not exist yet, or on Windows) the same full path
    /// once symbolic links are followed.
    /// </summary>
    /// <param name="a">One path, as given.</param>
    /// <param name="b">The other.</param>
    /// <returns><see langword="true"/> when they resolve to one place.</returns>
    internal static bool SamePath(string a, string b) =>
        (Path.Exists(a) && Path.Exists(b) && FileKinds.SameFile(a, b)) || string.Equals(Resolved(a), Resolved(b), PathComparison);

    private static string Resolved(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        try
        {
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            return info.LinkTarget is null ? full : Path.TrimEndingDirectorySeparator(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full);
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static FileStream Open(string path, string what, string extension)
    {
        if (path.Length == 0)
        {
            throw new UsageProblem($"(empty path): the {what} must be named; the path given is empty");
        }

        if (Directory.Exists(path))
        {
            throw new UsageProblem($"{path}: is a folder; give a {what} (a .{extension} file)");
        }

        // Asked before opening: opening a FIFO waits for a writer, and a device may never end.
        if (FileKinds.NotRegular(path) is { } notRegular)
        {
            throw new UsageProblem($"{path}: {notRegular}; give a {what} (a .{extension} file)");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageProblem($"{path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageProblem($"{path}: cannot be read: permission denied");
        }
        catch (IOException e)
        {
            throw new UsageProblem($"{path}: cannot be read ({e.Message})");
        }
    }
}
