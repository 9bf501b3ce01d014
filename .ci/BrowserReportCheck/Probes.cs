using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>The scripts run inside the page (Probes/*.js, embedded), and what each returns.</summary>
internal static class Probes
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static Task<LayoutProbe> LayoutAsync(IPage page) => RunAsync<LayoutProbe>(page, "layout.js");

    public static Task<LinksProbe> LinksAsync(IPage page) => RunAsync<LinksProbe>(page, "links.js");

    public static Task<GlyphsProbe> GlyphsAsync(IPage page) => RunAsync<GlyphsProbe>(page, "glyphs.js");

    public static Task<WorkingProbe> WorkingAsync(IPage page) => RunAsync<WorkingProbe>(page, "working.js");

    public static Task<LabelsProbe> LabelsAsync(IPage page) => RunAsync<LabelsProbe>(page, "labels.js");

    private static async Task<T> RunAsync<T>(IPage page, string script)
    {
        var json = await page.EvaluateAsync<string>(Source(script));
        return JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException($"{script} returned nothing");
    }

    private static string Source(string script)
    {
        var name = $"BrowserReportCheck.Probes.{script}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded probe {name} missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>What layout.js saw.</summary>
internal sealed record LayoutProbe(int WindowWidth, int LayoutWidth, int ScrollWidth, int TooWideCount, IReadOnlyList<WideElement> TooWide);

/// <summary>An element reaching past the edge of the layout viewport (page coordinates, CSS px).</summary>
internal sealed record WideElement(string Element, int Left, int Right, string Text)
{
    public override string ToString() => $"<{Element}> spans {Left}..{Right} px (\"{Text}\")";
}

/// <summary>What links.js saw.</summary>
internal sealed record LinksProbe(int Count, int DanglingCount, IReadOnlyList<InPageLink> Dangling);

/// <summary>An in-page link.</summary>
internal sealed record InPageLink(string Href, string Text, bool Resolves);

/// <summary>What glyphs.js saw.</summary>
internal sealed record GlyphsProbe(int VisibleCharacters, int DistinctChecked, int HanChecked, int TofuCount, IReadOnlyList<Tofu> Tofu);

/// <summary>A character drawn as the missing-glyph box (or not at all) in the font its element asks for.</summary>
internal sealed record Tofu(string Char, string CodePoint, string Font)
{
    public override string ToString() => $"{CodePoint} '{Char}' in {Font}";
}

/// <summary>What working.js saw: the counted/uncounted blocks, how many are rendered, and the text of their rows by mark.</summary>
internal sealed record WorkingProbe(int Blocks, int Visible, IReadOnlyList<string> Counted, IReadOnlyList<string> NotCounted);

/// <summary>What labels.js saw: how many short labels it measured, and those that wrap.</summary>
internal sealed record LabelsProbe(int Checked, int WrappedCount, IReadOnlyList<WrappedLabel> Wrapped);

/// <summary>A short label laid out on more than one line.</summary>
internal sealed record WrappedLabel(string Text, int Lines, int Width)
{
    public override string ToString() => $"\"{Text}\" on {Lines} lines in {Width} px";
}
