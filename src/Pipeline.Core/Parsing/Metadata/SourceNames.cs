namespace Pipeline.Core.Parsing.Metadata;

/// <summary>Names a publisher from what an input gives: an explicit name, or the host of the article's URL.</summary>
internal static class SourceNames
{
    /// <summary>The URL's host without <c>www.</c>-style prefixes (<c>https://www.nbcnews.com/x</c> → <c>nbcnews.com</c>).</summary>
    public static string? FromUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var prefix in (ReadOnlySpan<string>)["www.", "www2.", "m.", "mobile.", "amp.", "edition.", "rss.", "feeds."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.IndexOf('.', prefix.Length) > 0)
            {
                return host[prefix.Length..];
            }
        }

        return host;
    }

    /// <summary>A trimmed, whitespace-collapsed publisher name, or null when it is blank.</summary>
    public static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var collapsed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > 200 ? collapsed[..200] : collapsed;
    }
}
