using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>A page loaded from a file, with every console message (any level), uncaught error and failed request it caused
/// recorded from before it starts loading until it is closed.</summary>
internal sealed class OpenedPage : IAsyncDisposable
{
    private readonly List<string> _messages = [];

    private OpenedPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) => Record($"console.{message.Type}: {message.Text} ({message.Location})");
        page.PageError += (_, error) => Record($"uncaught error: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Url} ({request.Failure})");
    }

    public IPage Page { get; }

    public static async Task<OpenedPage> OpenAsync(IBrowserContext context, string htmlPath)
    {
        var opened = new OpenedPage(await context.NewPageAsync());
        var response = await opened.Page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not null && !response.Ok)
        {
            opened.Record($"the page itself did not load: {response.Status}");
        }

        // Measure only once the fonts the page asked for are in: glyphs and widths depend on them.
        await opened.Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        return opened;
    }

    /// <summary>The messages recorded so far, each as a finding for the window the page was opened in.</summary>
    public IEnumerable<Finding> Messages(Width width)
    {
        lock (_messages)
        {
            return _messages.Select(message => new Finding(Assertion.NoConsoleMessage, $"at {width.Pixels} px, {message}")).ToList();
        }
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();

    private void Record(string message)
    {
        lock (_messages)
        {
            _messages.Add(message);
        }
    }
}
