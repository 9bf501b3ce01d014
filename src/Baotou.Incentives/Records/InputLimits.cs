namespace Baotou.Incentives.Records;

/// <summary>
/// The limits every reader enforces, and reading a stream within them. The size is checked before reading where the length
/// is known (a file) and while reading where it is not (a pipe, <c>/dev/zero</c>): no more than one byte past the limit is
/// ever read, so a 1.5 GB file or an endless stream is refused at once, without being read into memory.
/// </summary>
internal static class InputLimits
{
    /// <summary>The largest document read or written, in bytes: far above any real case (a case of 10,000 facts is about 3 MB).</summary>
    internal const int MaximumBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The most facts a case read from JSON may hold. A record carries the facts and, for each, outcomes and trace entries,
    /// so a case read within this limit gives a record within <see cref="MaximumBytes"/>; more is refused before evaluating.
    /// </summary>
    internal const int MaximumFacts = 10_000;

    /// <summary>Reads a whole stream of at most <see cref="MaximumBytes"/> bytes.</summary>
    /// <exception cref="Validation.IncentiveValidationException">The stream is longer than the limit.</exception>
    internal static byte[] ReadAll(Stream stream, string what)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > MaximumBytes)
        {
            throw TooLarge(stream.Length - stream.Position, what);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaximumBytes + 1L - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaximumBytes)
            {
                throw FactJson.Problem("$", $"is more than {MaximumBytes} bytes (stopped reading there); a {what} may be at most {MaximumBytes} bytes");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Refuses a document over the limit, naming both sizes.</summary>
    internal static void RequireWithin(long length, string what)
    {
        if (length > MaximumBytes)
        {
            throw TooLarge(length, what);
        }
    }

    private static Validation.IncentiveValidationException TooLarge(long length, string what) =>
        FactJson.Problem("$", $"is {length} bytes; a {what} may be at most {MaximumBytes} bytes");
}
