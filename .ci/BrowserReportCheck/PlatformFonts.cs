using System.Text.Json;
using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>Which installed fonts Chromium actually drew the page's text with (DevTools' CSS.getPlatformFontsForNode), for
/// the log: a person reading it sees "Noto Sans CJK SC" rather than guessing from a screenshot. It asserts nothing; the glyph
/// comparison (Probes/glyphs.js) does.</summary>
internal static class PlatformFonts
{
    private const string Sample = "h1, h2, p, li, td, th, code";
    private const int MostElements = 60;

    public static async Task<string> DescribeAsync(IPage page)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        try
        {
            await devTools.SendAsync("DOM.enable");
            await devTools.SendAsync("CSS.enable");
            var document = await devTools.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 });
            var rootId = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
            var found = await devTools.SendAsync("DOM.querySelectorAll", new Dictionary<string, object> { ["nodeId"] = rootId, ["selector"] = Sample });
            var glyphsByFamily = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in found!.Value.GetProperty("nodeIds").EnumerateArray().Take(MostElements))
            {
                var fonts = await devTools.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = node.GetInt32() });
                foreach (var font in fonts!.Value.GetProperty("fonts").EnumerateArray())
                {
                    var family = font.GetProperty("familyName").GetString() ?? "?";
                    glyphsByFamily[family] = glyphsByFamily.GetValueOrDefault(family) + font.GetProperty("glyphCount").GetInt32();
                }
            }

            return glyphsByFamily.Count == 0
                ? "no text drawn in the sampled elements"
                : "drawn in " + string.Join(", ", glyphsByFamily.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} ({pair.Value} glyphs)"));
        }
        catch (PlaywrightException e)
        {
            return $"fonts not read ({e.Message.Split('\n')[0]})";
        }
        finally
        {
            await devTools.DetachAsync();
        }
    }
}
