namespace BrowserReportCheck;

/// <summary>A small page the check writes itself, with one known defect, and the assertions that defect must fail (no more, no
/// fewer). "valid" has no defect and must pass everything: it shows the controls fail for their defect, not for the page.</summary>
internal sealed record NegativeControl(string Name, string Html, IReadOnlySet<Assertion> MustFail, Expectations? Expect = null)
{
    /// <summary>What each control page (but "blank") is held to: its case id on every printed page, P-1 counted and P-9 not.</summary>
    private static readonly Expectations Control = new("control-case", ["P-1"], ["P-9"]);

    private const string Viewport = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

    public static IReadOnlyList<NegativeControl> All { get; } =
    [
        new("valid", Page(Viewport, ""), Fails(), Control),
        new("no-basis-working", Page(Viewport, "", working: false), Fails(Assertion.BasisWorked), Control),
        new("later-payment-counted", Page(Viewport, "", working: true, laterRow: "counted"), Fails(Assertion.BasisWorked), Control),
        new("wrapped-label", Page(Viewport, "<table><tr><th style=\"width:1em;white-space:normal\">可享有</th><td>90%</td></tr></table>"), Fails(Assertion.LabelsDoNotWrap), Control),
        new("no-page-numbers", Page(Viewport + "<style>@page{@bottom-center{content:none}}</style>", ""), Fails(Assertion.PdfPageNumbers), Control),
        new("wider-than-phone", Page(Viewport, "<div style=\"width:600px;height:1em;background:#ddd\"></div>"),
            Fails(Assertion.NoHorizontalScroll, Assertion.NoWideElement)),
        new("wide-but-clipped", Page(Viewport + "<style>html,body{overflow-x:hidden}</style>", "<div style=\"width:600px;height:1em;background:#ddd\"></div>"),
            Fails(Assertion.NoWideElement)),
        new("unbreakable-text", Page(Viewport, "<p>sha256:" + new string('0', 96) + "</p>"),
            Fails(Assertion.NoHorizontalScroll, Assertion.NoWideElement)),
        new("no-viewport-tag", Page("", ""), Fails(Assertion.PhoneViewport)),
        new("dangling-link", Page(Viewport, "<p><a href=\"#nowhere\">见第九条</a></p>"), Fails(Assertion.LinksResolve)),
        new("console-error", Page(Viewport, "<script>console.error('negative control')</script>"), Fails(Assertion.NoConsoleMessage)),
        new("console-info", Page(Viewport, "<script>console.info('negative control')</script>"), Fails(Assertion.NoConsoleMessage)),
        new("uncaught-error", Page(Viewport, "<script>throw new Error('negative control')</script>"), Fails(Assertion.NoConsoleMessage)),
        new("tofu", Page(Viewport, "<p>&#x378;&#x379;&#x380;&#x381;</p>"), Fails(Assertion.RealGlyphs)),
        new("no-print-margin", Page(Viewport + "<style>@page{margin:0}body{margin:0}</style>", ""), Fails(Assertion.PdfMargins)),
        new("blank", $"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">{Viewport}<title>blank</title></head><body></body></html>",
            Fails(Assertion.VisibleText, Assertion.LinksResolve, Assertion.PdfFirstPageNotBlank)),
    ];

    /// <summary>A valid page in Chinese and English with a resolving in-page link and print margins, plus whatever a control
    /// adds to its head (after the page's own style, so that it overrides it) and body.</summary>
    /// <remarks>The page prints the case id at the top of every page and its number at the foot, and shows a counted/uncounted
    /// block with P-1 counted and P-9 in a row marked <paramref name="laterRow"/> (unless not <paramref name="working"/>).</remarks>
    private static string Page(string head, string body, bool working = true, string laterRow = "not-counted") =>
        "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>negative control</title>"
        + "<style>body{font-family:sans-serif;margin:1em}@page{size:A4;margin:15mm 15mm 20mm;@top-left{content:\"control-case\";font-size:8pt}@bottom-center{content:\"page \" counter(page);font-size:8pt}}</style>"
        + head + "</head><body>"
        + "<h1 id=\"top\">对照页 · control page</h1><p>成果完成团队 may enjoy 90%. <a href=\"#top\">回到顶部</a></p>"
        + (working ? $"<table class=\"basis-working\"><tr class=\"counted\"><td>P-1</td></tr><tr class=\"{laterRow}\"><td>P-9</td></tr></table>" : string.Empty)
        + body + "</body></html>";

    private static IReadOnlySet<Assertion> Fails(params Assertion[] assertions) => assertions.ToHashSet();
}
