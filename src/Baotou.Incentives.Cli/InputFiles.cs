using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Cli;

/// <summary>
/// Reading the tool's input files: each through the library's stream reader, which refuses a file over its limit from the
/// file's length before reading and a stream without end after one byte past the limit, and every failure turned into
/// a <see cref="FileProblem"/> naming the file.
/// </summary>
internal static class InputFiles
{
    /// <summary>The largest key, certificate or trust file read (PEM text is a few kilobytes).</summary>
    private const int MaximumPemBytes = 1024 * 1024;

    /// <summary>Opens a file and hands it to a reader; a refusal or an I/O error names the file.</summary>
    internal static T Read<T>(string path, string what, Func<Stream, T> read)
    {
        try
        {
            using var stream = Open(path, what);
            return read(stream);
        }
        catch (IncentiveValidationException e)
        {
            throw new FileProblem(path, $"invalid {what}:\n" + string.Join("\n", e.Problems.Select(p => "  " + p)));
        }
    }

    /// <summary>A PEM file's text (a key, a certificate, keys to trust), refused over 1 MB before reading.</summary>
    internal static string ReadPem(string path, string what)
    {
        using var stream = Open(path, what);
        if (stream.CanSeek && stream.Length > MaximumPemBytes)
        {
            throw new FileProblem(path, $"is {stream.Length} bytes; a {what} in PEM may be at most {MaximumPemBytes} bytes");
        }

        var buffer = new byte[MaximumPemBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > MaximumPemBytes
            ? throw new FileProblem(path, $"is more than {MaximumPemBytes} bytes; a {what} in PEM may be at most {MaximumPemBytes} bytes")
            : System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static FileStream Open(string path, string what)
    {
        if (path.Length == 0)
        {
            throw new FileProblem("(empty)", $"the {what} must be named: the path is empty");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileProblem(path, $"no such file (the {what})");
        }
        catch (UnauthorizedAccessException)
        {
            throw new FileProblem(path, $"cannot be read (the {what}): permission denied, or it is a folder");
        }
        catch (IOException e)
        {
            throw new FileProblem(path, $"cannot be read (the {what}): {e.Message}");
        }
    }
}
