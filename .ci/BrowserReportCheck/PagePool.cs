using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>Checks pages two at a time (the machine has two cores, and a page spends much of its time waiting on Chromium
/// or pdftoppm), handing the results back in the order the pages were given, so the log reads the same on every run.</summary>
internal static class PagePool
{
    private const int AtOnce = 2;

    public static async Task<IReadOnlyList<PageResult>> RunAsync(IBrowserContext desktop, IBrowserContext phone, IReadOnlyList<PageUnderCheck> pages)
    {
        using var slots = new SemaphoreSlim(AtOnce);
        var running = pages.Select(async page =>
        {
            await slots.WaitAsync();
            try
            {
                return await PageCheck.RunAsync(desktop, phone, page);
            }
            finally
            {
                slots.Release();
            }
        });
        return await Task.WhenAll(running);
    }
}
