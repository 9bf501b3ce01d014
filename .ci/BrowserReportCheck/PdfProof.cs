using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>Prints a page to an A4 PDF as an auditor would (print media, backgrounds, the page's own @page size if it sets one),
/// then reads it back with poppler-utils: pdfinfo for the paper size, pdftoppm for the first page's pixels.</summary>
internal static partial class PdfProof
{
    private const double A4ShortSide = 595.28; // points: 210 mm
    private const double A4LongSide = 841.89; // points: 297 mm
    private const double SizeTolerance = 1.5; // points, for rounding in the PDF writer

    /// <summary>Ink on at least this share of the first page counts as "not blank": one line of body text is several times it,
    /// while a blank page has none at all.</summary>
    private const double MinimumInkShare = 0.001;

    /// <summary>The least margin, in millimetres, between the paper's edge and anything printed on it.</summary>
    private const double MinimumMarginMillimetres = 5;

    private const int CountingDpi = 72;

    public static async Task<PdfResult> PrintAsync(IPage page, string pdfPath)
    {
        await page.PdfAsync(new PagePdfOptions
        {
            Path = pdfPath,
            Format = "A4",
            PrintBackground = true,
            PreferCSSPageSize = true,
        });

        var findings = new List<Finding>();
        var info = await ExternalTool.RunAsync("pdfinfo", pdfPath);
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var size = PageSizeLine().Match(info);
        var width = double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var height = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture);
        var (shortSide, longSide) = (Math.Min(width, height), Math.Max(width, height));
        if (Math.Abs(shortSide - A4ShortSide) > SizeTolerance || Math.Abs(longSide - A4LongSide) > SizeTolerance)
        {
            findings.Add(new Finding(Assertion.PdfIsA4, $"the PDF's page is {width:0.##} x {height:0.##} pt, not A4 ({A4ShortSide} x {A4LongSide})"));
        }

        var stem = Path.ChangeExtension(pdfPath, null) + "-page1";
        // A PNG for a person to look at, and a graymap at lower resolution to count pixels in.
        await ExternalTool.RunAsync("pdftoppm", "-f", "1", "-l", "1", "-r", "96", "-png", "-singlefile", pdfPath, stem);
        var countStem = Path.Combine(Path.GetTempPath(), $"report-check-{Guid.NewGuid():N}");
        try
        {
            await ExternalTool.RunAsync("pdftoppm", "-f", "1", "-l", "1", "-r", CountingDpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", pdfPath, countStem);
            var graymap = Graymap.Read(countStem + ".pgm");
            var inked = graymap.InkedPixels();
            var share = inked / (double)(graymap.Width * graymap.Height);
            if (share < MinimumInkShare)
            {
                findings.Add(new Finding(Assertion.PdfFirstPageNotBlank,
                    $"the PDF's first page is blank: {inked} of {graymap.Width * graymap.Height} pixels inked at {CountingDpi} dpi (at least {MinimumInkShare:P1} needed)"));
            }

            if (graymap.InkBounds() is { } ink)
            {
                var millimetresPerPixel = 25.4 / CountingDpi;
                var margins = new[] { ("left", ink.Left), ("top", ink.Top), ("right", graymap.Width - 1 - ink.Right), ("bottom", graymap.Height - 1 - ink.Bottom) }
                    .Select(side => (side.Item1, Millimetres: side.Item2 * millimetresPerPixel))
                    .ToList();
                var narrow = margins.Where(side => side.Millimetres < MinimumMarginMillimetres).ToList();
                if (narrow.Count > 0)
                {
                    findings.Add(new Finding(Assertion.PdfMargins,
                        $"the PDF's first page is printed up to {string.Join(", ", narrow.Select(side => $"{side.Millimetres:0.#} mm from the {side.Item1} edge"))} (at least {MinimumMarginMillimetres} mm needed: an @page margin in the print stylesheet)"));
                }
            }

            return new PdfResult(pages, share, stem + ".png", findings);
        }
        finally
        {
            File.Delete(countStem + ".pgm");
        }
    }

    /// <summary>Every page of the PDF, read back by pdftotext, carries the case id and its own page number (第 N 页 or page N).</summary>
    public static async Task<IReadOnlyList<Finding>> PageNumbersAsync(string pdfPath, int pages, string caseId)
    {
        var missing = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var number = page.ToString(CultureInfo.InvariantCulture);
            var text = await ExternalTool.RunAsync("pdftotext", "-f", number, "-l", number, "-layout", pdfPath, "-");
            var numbered = Regex.IsMatch(text, $"第\\s*{number}\\s*页|[Pp]age\\s+{number}(?!\\d)");
            if (!numbered || !text.Contains(caseId, StringComparison.Ordinal))
            {
                missing.Add($"page {number} has {(numbered ? "its number" : "no page number")} and {(text.Contains(caseId, StringComparison.Ordinal) ? "the case id" : "not the case id " + caseId)}");
            }
        }

        return missing.Count == 0 ? [] : [new Finding(Assertion.PdfPageNumbers, $"{missing.Count} of {pages} printed pages lack a page number or the case id: {string.Join("; ", missing.Take(4))}")];
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}

/// <summary>The printed PDF: its page count, the share of the first page that is inked, the PNG of that page, what failed.</summary>
internal sealed record PdfResult(int Pages, double InkShare, string FirstPagePng, IReadOnlyList<Finding> Findings);
