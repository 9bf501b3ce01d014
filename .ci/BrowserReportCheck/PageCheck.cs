using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>Opens one page in both windows and asserts everything of Assertion on it. Layout and console are asserted in each
/// window; links, text and glyphs (which do not depend on the width) and the PDF once, in the desktop window.</summary>
internal static class PageCheck
{
    public static async Task<PageResult> RunAsync(IBrowserContext desktop, IBrowserContext phone, PageUnderCheck target)
    {
        var findings = new List<Finding>();
        var notes = new List<string>();

        await using (var opened = await OpenedPage.OpenAsync(desktop, target.HtmlPath))
        {
            findings.AddRange(await LayoutAsync(opened.Page, Width.Desktop));

            var links = await Probes.LinksAsync(opened.Page);
            if (links.Count == 0)
            {
                findings.Add(new Finding(Assertion.LinksResolve, "the page has no in-page link (a[href^=\"#\"]) at all"));
            }
            else if (links.DanglingCount > 0)
            {
                findings.Add(new Finding(Assertion.LinksResolve,
                    $"{links.DanglingCount} of {links.Count} in-page links lead to no element id: {string.Join(", ", links.Dangling.Select(l => $"{l.Href} (\"{l.Text}\")"))}"));
            }

            var glyphs = await Probes.GlyphsAsync(opened.Page);
            if (glyphs.VisibleCharacters == 0)
            {
                findings.Add(new Finding(Assertion.VisibleText, "the page shows no text"));
            }
            else if (target.Chinese && glyphs.HanChecked == 0)
            {
                findings.Add(new Finding(Assertion.VisibleText, "the Chinese page shows no Chinese character"));
            }

            if (glyphs.TofuCount > 0)
            {
                findings.Add(new Finding(Assertion.RealGlyphs,
                    $"{glyphs.TofuCount} visible characters are drawn as the missing-glyph box: {string.Join("; ", glyphs.Tofu)}"));
            }

            if (target.Screenshots)
            {
                await opened.Page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{target.OutputStem}-{Width.Desktop.Name}.png", FullPage = true });
            }

            var pdf = await PdfProof.PrintAsync(opened.Page, target.OutputStem + ".pdf");
            findings.AddRange(pdf.Findings);
            if (target.Expect is { } expect)
            {
                findings.AddRange(await PdfProof.PageNumbersAsync(target.OutputStem + ".pdf", pdf.Pages, expect.CaseId));
                findings.AddRange(Working(await Probes.WorkingAsync(opened.Page), expect));
            }

            var labels = await Probes.LabelsAsync(opened.Page);
            if (labels.WrappedCount > 0)
            {
                findings.Add(new Finding(Assertion.LabelsDoNotWrap,
                    $"at {Width.Desktop.Pixels} px {labels.WrappedCount} of {labels.Checked} short labels wrap: {string.Join("; ", labels.Wrapped)}"));
            }

            notes.Add($"{labels.Checked} short labels on one line each");

            findings.AddRange(opened.Messages(Width.Desktop));
            notes.Add($"{links.Count} in-page links");
            notes.Add($"{glyphs.VisibleCharacters} visible characters ({glyphs.DistinctChecked} distinct drawn, {glyphs.HanChecked} of them Han), {await PlatformFonts.DescribeAsync(opened.Page)}");
            notes.Add($"PDF of {pdf.Pages} page(s), the first {pdf.InkShare:P1} inked");
        }

        await using (var opened = await OpenedPage.OpenAsync(phone, target.HtmlPath))
        {
            var layout = await Probes.LayoutAsync(opened.Page);
            findings.AddRange(Layout(layout, Width.Phone));
            notes.Add($"laid out at {layout.LayoutWidth} px on the {Width.Phone.Pixels} px phone");
            if (target.Screenshots)
            {
                await opened.Page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{target.OutputStem}-{Width.Phone.Name}.png", FullPage = true });
                await opened.Page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{target.OutputStem}-{Width.Phone.Name}-screen.png" });
            }

            findings.AddRange(opened.Messages(Width.Phone));
        }

        return new PageResult(target, findings, notes);
    }

    /// <summary>The counted/uncounted block: shown, with each instalment the record counted in a counted row and each later one in a not-counted row.</summary>
    private static IEnumerable<Finding> Working(WorkingProbe working, Expectations expect)
    {
        if (expect.CountedPayments.Count == 0 && expect.LaterPayments.Count == 0)
        {
            yield break;
        }

        if (working.Visible == 0)
        {
            yield return new Finding(Assertion.BasisWorked,
                $"the record computed amounts on the money of {string.Join(", ", expect.CountedPayments.Concat(expect.LaterPayments))}, but the page shows no counted/uncounted block (table.basis-working): {working.Blocks} in the page, none rendered");
            yield break;
        }

        static bool Names(IEnumerable<string> rows, string id) => rows.Any(row => System.Text.RegularExpressions.Regex.IsMatch(row, $"(?<![A-Za-z0-9_.-]){System.Text.RegularExpressions.Regex.Escape(id)}(?![A-Za-z0-9_-])"));
        var missingCounted = expect.CountedPayments.Where(id => !Names(working.Counted, id)).ToList();
        var missingLater = expect.LaterPayments.Where(id => !Names(working.NotCounted, id)).ToList();
        if (missingCounted.Count > 0 || missingLater.Count > 0)
        {
            yield return new Finding(Assertion.BasisWorked,
                $"the counted/uncounted block does not show {string.Join(" and ", new[] { missingCounted.Count > 0 ? $"counted: {string.Join(", ", missingCounted)}" : null, missingLater.Count > 0 ? $"not counted (received after the evaluation date): {string.Join(", ", missingLater)}" : null }.Where(x => x is not null))}");
        }
    }

    private static async Task<IEnumerable<Finding>> LayoutAsync(IPage page, Width width) => Layout(await Probes.LayoutAsync(page), width);

    private static IEnumerable<Finding> Layout(LayoutProbe layout, Width width)
    {
        if (width.IsPhone && layout.LayoutWidth != width.Pixels)
        {
            yield return new Finding(Assertion.PhoneViewport,
                $"on a {width.Pixels} px phone the page is laid out {layout.LayoutWidth} px wide and shrunk to fit (a page is laid out at the phone's width when it declares <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">)");
        }

        if (layout.ScrollWidth > layout.LayoutWidth)
        {
            yield return new Finding(Assertion.NoHorizontalScroll,
                $"at {width.Pixels} px the page scrolls sideways: scrollWidth {layout.ScrollWidth} px > clientWidth {layout.LayoutWidth} px");
        }

        if (layout.TooWideCount > 0)
        {
            yield return new Finding(Assertion.NoWideElement,
                $"at {width.Pixels} px {layout.TooWideCount} element(s) reach past the {layout.LayoutWidth} px viewport; outermost: {string.Join("; ", layout.TooWide)}");
        }
    }
}

/// <summary>What one page's check found, and what it measured on the way (for the log).</summary>
internal sealed record PageResult(PageUnderCheck Target, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Notes);
