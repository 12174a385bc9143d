using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;

namespace Pipeline.Storage.Reconciliation;

/// <summary>
/// Reads which blob a <c>Microsoft.Storage.BlobDeleted</c> event is about, from the message Event Grid writes to
/// a storage queue: one event in the Event Grid schema (a CloudEvents one is read too), as plain JSON or
/// base64-encoded JSON, whichever the queue holds.
/// </summary>
/// <remarks>
/// The blob is taken from <c>data.url</c> (its path is URL-encoded, so the name is decoded), or from the
/// <c>subject</c> (<c>/blobServices/default/containers/{container}/blobs/{name}</c>, taken as it is) where the
/// event has no URL. Anything else, an event of another type, or a blob in another container, is not ours.
/// </remarks>
public static class BlobDeletedEvent
{
    public const string EventType = "Microsoft.Storage.BlobDeleted";

    private const string SubjectPrefix = "/blobServices/default/containers/";
    private const string BlobsSegment = "/blobs/";

    /// <summary>The name of the deleted blob when <paramref name="message"/> is a BlobDeleted event for a blob in <paramref name="container"/>.</summary>
    public static bool TryParse(string message, string container, [NotNullWhen(true)] out string? blobName)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(container);
        blobName = null;

        if (Decode(message) is not { } json)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (SingleEvent(document.RootElement) is not { } e)
            {
                return false;
            }

            var type = StringProperty(e, "eventType") ?? StringProperty(e, "type");
            if (type is not null && !string.Equals(type, EventType, StringComparison.Ordinal))
            {
                return false;
            }

            var url = e.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? StringProperty(data, "url") : null;
            var location = url is not null ? FromUrl(url) : FromSubject(StringProperty(e, "subject"));
            if (location is not { } blob || blob.Name.Length == 0 || !string.Equals(blob.Container, container, StringComparison.Ordinal))
            {
                return false;
            }

            blobName = blob.Name;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The queue holds the event's JSON, or that JSON in base64 (depending on who wrote it and on the host's
    // messageEncoding); JSON starts with '{' or '[', which base64 never does.
    private static string? Decode(string message)
    {
        var trimmed = message.Trim();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            return trimmed;
        }

        var bytes = new byte[trimmed.Length * 3 / 4 + 3];
        if (trimmed.Length == 0 || !Convert.TryFromBase64String(trimmed, bytes, out var written))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, written).Trim();
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return decoded.StartsWith('{') || decoded.StartsWith('[') ? decoded : null;
    }

    // Event Grid writes one event per queue message; an array holding exactly one is accepted as well.
    private static JsonElement? SingleEvent(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Object => root,
        JsonValueKind.Array when root.GetArrayLength() == 1 && root[0].ValueKind == JsonValueKind.Object => root[0],
        _ => null,
    };

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (string Container, string Name)? FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        // Knows both host styles (account.blob.core.windows.net/container/… and 127.0.0.1:10000/account/container/…)
        // and decodes the name.
        var parts = new BlobUriBuilder(uri);
        return string.IsNullOrEmpty(parts.BlobContainerName) || string.IsNullOrEmpty(parts.BlobName)
            ? null
            : (parts.BlobContainerName, parts.BlobName);
    }

    private static (string Container, string Name)? FromSubject(string? subject)
    {
        if (subject is null || !subject.StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = subject[SubjectPrefix.Length..];
        var separator = rest.IndexOf(BlobsSegment, StringComparison.Ordinal);
        return separator <= 0 ? null : (rest[..separator], rest[(separator + BlobsSegment.Length)..]);
    }
}
