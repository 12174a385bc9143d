using System.Net;
using System.Net.Http.Headers;
using Pipeline.IntegrationTests.Infrastructure;
using Pipeline.Storage.Articles;
using Pipeline.Storage.Reprocessing;

namespace Pipeline.IntegrationTests.Api;

/// <summary>The API while the corpus changes underneath it, each test on a host of its own.</summary>
public sealed class ApiChangeTests
{
    private const string Article = "Harbour plan\n\nThe port authority in Rotterdam approved a new harbour plan on Monday, its chairman Pieter de Vries said.\n";

    [Fact]
    public async Task Paging_while_files_are_ingested_serves_every_earlier_file_once()
    {
        var host = await StartAsync();
        try
        {
            var ingestor = host.Storage.Get<ArticleIngestor>();
            var seen = new List<string>();
            string? next = "/api/articles?top=1";
            var added = 0;
            while (next is not null)
            {
                var (_, page) = await host.GetJsonAsync(next);
                seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
                next = page.GetProperty("next").GetString();

                // New files land before and after the cursor (same day, names on both sides of it).
                foreach (var name in new[] { $"000-new-{added}.txt", $"zzz-new-{added}.txt" })
                {
                    await ingestor.ProcessAsync(await host.Storage.UploadTextAsync(name, Article), CancellationToken.None);
                }

                added++;
                Assert.True(added < 20, "paging does not end");
            }

            foreach (var original in Seeds.Names)
            {
                Assert.Single(seen, original);
            }

            Assert.Equal(seen.Count, seen.Distinct().Count());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_poller_sees_a_change_as_soon_as_it_is_ingested_and_a_304_until_then()
    {
        var host = await StartAsync();
        try
        {
            var first = await host.GetAsync("/api/summary");
            var unchanged = await host.GetAsync("/api/summary", first.Headers.ETag!.ToString());
            await host.Storage.Get<ArticleIngestor>().ProcessAsync(await host.Storage.UploadTextAsync("harbour.txt", Article), CancellationToken.None);
            var changed = await host.GetJsonAsync("/api/summary", first.Headers.ETag!.ToString());

            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Equal(HttpStatusCode.OK, changed.Response.StatusCode);
            Assert.Equal(4, changed.Body.GetProperty("articles").GetInt32());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_reprocess_request_is_accepted_queued_and_processed_once_taken_from_the_queue()
    {
        var host = await StartAsync();
        try
        {
            var accepted = await host.Http.PostAsync("/api/files/" + Seeds.CleanNbc + "/reprocess", null);
            var unknown = await host.Http.PostAsync("/api/files/no-such.txt/reprocess", null);
            var requests = host.Storage.Get<ReprocessRequests>();
            var messages = await requests.ReceiveAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None);
            var outcome = await requests.ProcessAsync(Assert.Single(messages).MessageText, CancellationToken.None);
            var (_, summary) = await host.GetJsonAsync("/api/summary");

            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            Assert.Equal("/api/files/" + Seeds.CleanNbc, accepted.Headers.Location?.ToString());
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal(Seeds.CleanNbc, messages[0].MessageText);
            Assert.Equal(IngestOutcome.Processed, outcome);
            Assert.Equal(3, summary.GetProperty("articles").GetInt32());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task With_a_key_configured_data_needs_it_and_health_does_not()
    {
        var host = new ApiHost { ApiKey = "local-secret" };
        await host.InitializeAsync();
        try
        {
            var without = await host.GetJsonAsync("/api/summary");
            var wrong = await host.GetAsync("/api/summary?code=guess");
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/summary");
            request.Headers.Add("x-functions-key", "local-secret");
            var withHeader = await host.Http.SendAsync(request);
            var withCode = await host.GetAsync("/api/entities?code=local-secret");
            var health = await host.GetAsync("/api/health");

            Assert.Equal(HttpStatusCode.Unauthorized, without.Response.StatusCode);
            Assert.Equal(new MediaTypeHeaderValue("application/problem+json").MediaType, without.Response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal(HttpStatusCode.OK, withHeader.StatusCode);
            Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task<ApiHost> StartAsync()
    {
        var host = new ApiHost();
        await host.InitializeAsync();
        return host;
    }
}
