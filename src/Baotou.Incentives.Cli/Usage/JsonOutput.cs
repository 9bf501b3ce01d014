using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Baotou.Incentives.Cli.Usage;

/// <summary>
/// <c>--format json</c>: one indented JSON document on standard output, keys in camelCase, Chinese written as itself (not
/// <c>\uXXXX</c>), control characters escaped by the writer. The shapes are in docs/CLI.md; a key is never renamed.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the document <paramref name="write"/> makes, and a line end after it.</summary>
    internal static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n"));
    }

    /// <summary>Writes a string property, or <c>null</c> when there is no value.</summary>
    internal static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
