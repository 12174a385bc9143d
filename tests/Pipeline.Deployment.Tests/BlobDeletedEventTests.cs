using System.Text;
using Pipeline.Storage.Reconciliation;

namespace Pipeline.Deployment.Tests;

/// <summary>The message Event Grid writes to the deletions queue, turned into the name of a blob in the articles container.</summary>
public sealed class BlobDeletedEventTests
{
    private const string Container = "articles";

    // As Event Grid delivers it (Event Grid schema), trimmed to what matters.
    private static string Event(string url, string? subject = null, string eventType = BlobDeletedEvent.EventType) => $$"""
        {
          "topic": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dev/providers/Microsoft.Storage/storageAccounts/stpipeline",
          "subject": "{{subject ?? "/blobServices/default/containers/articles/blobs/ignored.txt"}}",
          "eventType": "{{eventType}}",
          "id": "831e1650-001e-001b-66ab-eeb76e069631",
          "data": {
            "api": "DeleteBlob",
            "requestId": "831e1650-001e-001b-66ab-eeb76e000000",
            "contentType": "text/plain",
            "blobType": "BlockBlob",
            "url": "{{url}}",
            "sequencer": "0000000000000281000000000002F5CA"
          },
          "dataVersion": "",
          "metadataVersion": "1",
          "eventTime": "2025-01-01T00:00:00.0000000Z"
        }
        """;

    [Fact]
    public void Plain_json_event_gives_the_blob_name()
    {
        Assert.True(BlobDeletedEvent.TryParse(Event("https://stpipeline.blob.core.windows.net/articles/000_f8b8f606e1205c8f.txt"), Container, out var name));
        Assert.Equal("000_f8b8f606e1205c8f.txt", name);
    }

    [Fact]
    public void Base64_encoded_event_gives_the_same_name()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Event("https://stpipeline.blob.core.windows.net/articles/a.txt")));

        Assert.True(BlobDeletedEvent.TryParse(encoded, Container, out var name));
        Assert.Equal("a.txt", name);
    }

    [Theory]
    [InlineData("https://stpipeline.blob.core.windows.net/articles/2024/05/world%20news.txt", "2024/05/world news.txt")]
    [InlineData("https://stpipeline.blob.core.windows.net/articles/caf%C3%A9%20%2B%20%25.txt", "café + %.txt")]
    [InlineData("https://stpipeline.blob.core.windows.net/articles/a+b.txt", "a+b.txt")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/articles/x%23y.txt", "x#y.txt")]
    public void The_name_is_url_decoded_and_keeps_its_folders(string url, string expected)
    {
        Assert.True(BlobDeletedEvent.TryParse(Event(url), Container, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("https://stpipeline.blob.core.windows.net/other/a.txt")]
    [InlineData("https://stpipeline.blob.core.windows.net/articles-old/a.txt")]
    [InlineData("https://stpipeline.blob.core.windows.net/Articles/a.txt")]
    [InlineData("https://stpipeline.blob.core.windows.net/articles")]
    [InlineData("https://stpipeline.blob.core.windows.net/articles/")]
    public void A_blob_outside_the_container_or_no_blob_at_all_is_not_ours(string url) =>
        Assert.False(BlobDeletedEvent.TryParse(Event(url), Container, out _));

    [Fact]
    public void Another_event_type_is_not_ours() =>
        Assert.False(BlobDeletedEvent.TryParse(Event("https://stpipeline.blob.core.windows.net/articles/a.txt", eventType: "Microsoft.Storage.BlobCreated"), Container, out _));

    [Fact]
    public void Without_a_url_the_subject_names_the_blob()
    {
        const string message = """{"eventType":"Microsoft.Storage.BlobDeleted","subject":"/blobServices/default/containers/articles/blobs/2024/a b.txt","data":{}}""";

        Assert.True(BlobDeletedEvent.TryParse(message, Container, out var name));
        Assert.Equal("2024/a b.txt", name);
        Assert.False(BlobDeletedEvent.TryParse(message.Replace("containers/articles/", "containers/other/", StringComparison.Ordinal), Container, out _));
    }

    [Fact]
    public void A_cloud_event_and_an_array_of_one_event_are_read_too()
    {
        const string cloudEvent = """{"specversion":"1.0","type":"Microsoft.Storage.BlobDeleted","source":"x","id":"1","data":{"url":"https://s.blob.core.windows.net/articles/c.txt"}}""";

        Assert.True(BlobDeletedEvent.TryParse(cloudEvent, Container, out var name));
        Assert.Equal("c.txt", name);
        Assert.True(BlobDeletedEvent.TryParse($"[{cloudEvent}]", Container, out name));
        Assert.Equal("c.txt", name);
        Assert.False(BlobDeletedEvent.TryParse($"[{cloudEvent},{cloudEvent}]", Container, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not an event")]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("bm90IGpzb24=")] // base64 of "not json"
    [InlineData("""{"eventType":"Microsoft.Storage.BlobDeleted","data":{"url":"not a url"}}""")]
    [InlineData("""{"eventType":"Microsoft.Storage.BlobDeleted","data":{"url":"ftp://s.blob.core.windows.net/articles/a.txt"}}""")]
    [InlineData("""{"eventType":"Microsoft.Storage.BlobDeleted","data":{"url":42}}""")]
    public void Anything_else_is_rejected_without_throwing(string message) =>
        Assert.False(BlobDeletedEvent.TryParse(message, Container, out _));
}
