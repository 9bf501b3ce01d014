namespace Baotou.Incentives.Json;

/// <summary>
/// The limits every reader enforces, and reading a stream within them. The size is checked before reading where the length
/// is known (a file) and while reading where it is not (a pipe, <c>/dev/zero</c>): no more than one byte past the limit is
/// ever read, so a 1.5 GB file or an endless stream is refused at once, without being read into memory.
/// </summary>
internal static class InputLimits
{
    /// <summary>The largest document read or written, in bytes: far above any real case (a case of 2,000 facts is well under 1 MB).</summary>
    internal const int MaximumBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The most facts a case read from JSON may hold, chosen so that any case accepted gives a record within
    /// <see cref="MaximumBytes"/>, which every reader accepts; more is refused as the case is read, before anything is
    /// evaluated.
    /// <para>
    /// A record carries the facts and, for each, its outcomes and trace entries, which repeat the facts' ids; so its size
    /// per fact depends on the facts' kinds and on their ids' length (at most 256 characters each). Measured by
    /// repeating each sample case's facts 40 times under fresh ids: 1,259 to 2,570 bytes of record per fact with the
    /// samples' own ids, and 2,582 to 5,920 with every id 256 characters long (sample-soe-two-packs, two packs that both
    /// decide each contract, is the largest). An attack on the records found 3,350 bytes per fact with short ids (9,998 facts made a
    /// 33.5 MB record, refused only after 7.9 s of evaluation); taking that shape's growth with long ids as the samples' (×
    /// 2.3) gives about 7,700. The old cap of 10,000 facts allowed records of 59 MB and more; 2,000 facts at 7,700 bytes is
    /// 15.4 MB, within the 16 MB bound, and at the largest measured 5,920 bytes, 11.8 MB. A test builds that largest shape
    /// at exactly this many facts and replays its record (RecordBoundTests).
    /// </para>
    /// <para>
    /// The bound is measured, not proved: a shape of facts yet unmeasured could exceed it. The record's own bound still
    /// holds then: a record over <see cref="MaximumBytes"/> is not made, and the case is refused naming its size.
    /// </para>
    /// </summary>
    internal const int MaximumFacts = 2_000;

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
                throw JsonProblem.Refusal("$", $"is more than {MaximumBytes} bytes (stopped reading there); a {what} may be at most {MaximumBytes} bytes");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A document given as text, as UTF-8, once it is known to be within the limit.</summary>
    /// <exception cref="Validation.IncentiveValidationException">The text is longer than the limit as UTF-8.</exception>
    internal static byte[] Utf8Within(string json, string what)
    {
        ArgumentNullException.ThrowIfNull(json);
        RequireWithin(json.Length <= MaximumBytes ? System.Text.Encoding.UTF8.GetByteCount(json) : json.Length, what);
        return System.Text.Encoding.UTF8.GetBytes(json);
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
        JsonProblem.Refusal("$", $"is {length} bytes; a {what} may be at most {MaximumBytes} bytes");
}
