using System.Text.Encodings.Web;
using System.Text.Json;

namespace Baotou.Incentives.Cli.Usage;

/// <summary>
/// <c>--format json</c>: one indented JSON document on standard output, keys in camelCase, Chinese written as itself (not
/// <c>\uXXXX</c>), control characters escaped by the writer, lines ending in <c>\n</c> on every system. A command describes
/// its document as an object whose properties are the keys in order (<c>new { Record = path, Verdict = … }</c>), so the code
/// reads as the shape in docs/CLI.md; a key is never renamed, and a property without a value is written as <c>null</c>.
/// </summary>
internal static class JsonOutput
{
    /// <summary>How every document is written, for a command that streams one (<c>impact</c>) as well.</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Writes <paramref name="document"/>, and a line end after it.</summary>
    internal static void Write(TextWriter output, object document) => output.WriteLine(JsonSerializer.Serialize(document, Options));
}
