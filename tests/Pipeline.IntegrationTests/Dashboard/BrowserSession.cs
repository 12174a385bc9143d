using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Pipeline.IntegrationTests.Dashboard;

/// <summary>
/// One browser context and its page, with a record of what went wrong while a test drove it: console errors,
/// uncaught exceptions, failed requests, HTTP errors, and any request for a host other than 127.0.0.1, from any of its pages.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _failedRequests = new();
    private readonly ConcurrentQueue<string> _offLoopback = new();
    private readonly ConcurrentQueue<IRequest> _requests = new();
    private readonly ConcurrentDictionary<IRequest, bool> _bodiless = new();

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        context.Request += (_, request) =>
        {
            _requests.Enqueue(request);
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host != "127.0.0.1")
            {
                _offLoopback.Enqueue(request.Url);
            }
        };
        context.Response += (_, response) =>
        {
            if (response.Status is 204 or 304)
            {
                _bodiless.TryAdd(response.Request, true);
            }
            else if (response.Status >= 400)
            {
                _failedRequests.Enqueue($"{response.Request.Method} {response.Url}: HTTP {response.Status}");
            }
        };
        context.RequestFailed += (_, request) =>
        {
            // Chromium ends a fetch answered without a body (a 304 to If-None-Match) as "aborted", though the page's
            // fetch() resolves normally with that status: not a failure.
            if (!(request.Failure == "net::ERR_ABORTED" && _bodiless.ContainsKey(request)))
            {
                _failedRequests.Enqueue($"{request.Method} {request.Url}: {request.Failure}");
            }
        };
        context.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" or "assert")
            {
                _consoleErrors.Enqueue($"console.{message.Type}: {message.Text} ({message.Location})");
            }
        };
        context.WebError += (_, error) => _consoleErrors.Enqueue("uncaught: " + error.Error);
        page.Crash += (_, _) => _consoleErrors.Enqueue("the page crashed");
    }

    public IPage Page { get; }

    /// <summary>Console errors and warnings, uncaught exceptions and crashes, in order.</summary>
    public IReadOnlyList<string> ConsoleErrors => [.. _consoleErrors];

    /// <summary>Requests that failed on the network or were answered with a status of 400 or more.</summary>
    public IReadOnlyList<string> FailedRequests => [.. _failedRequests];

    /// <summary>Every request the page made for a host other than 127.0.0.1 (whether or not it could be sent).</summary>
    public IReadOnlyList<string> OffLoopbackRequests => [.. _offLoopback];

    /// <summary>Every request the page made, in order.</summary>
    public IReadOnlyList<IRequest> Requests => [.. _requests];

    public static async Task<BrowserSession> StartAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>The page ran without a console error, an uncaught exception, a failed request or a request beyond loopback.</summary>
    public void AssertClean()
    {
        Assert.True(ConsoleErrors.Count == 0, "The browser console shows errors:\n" + string.Join('\n', ConsoleErrors));
        Assert.True(FailedRequests.Count == 0, "Requests failed:\n" + string.Join('\n', FailedRequests));
        Assert.True(OffLoopbackRequests.Count == 0, "The page asked for hosts beyond loopback:\n" + string.Join('\n', OffLoopbackRequests));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
