using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Entities;

namespace Pipeline.Api.Http;

/// <summary>
/// Reads and checks query parameters, collecting one readable sentence per bad one, so a caller learns every mistake
/// from one 400 instead of one at a time.
/// </summary>
public sealed class QueryReader(HttpRequest request)
{
    public const int MaxTextLength = 200;

    public List<string> Problems { get; } = [];

    public bool IsValid => Problems.Count == 0;

    public int Top(string name, int defaultValue, int max)
    {
        var text = Raw(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
        {
            Problems.Add($"'{name}' must be a whole number from 1 to {max}; got '{Clip(text)}'.");
            return defaultValue;
        }

        return value;
    }

    public DateOnly? Date(string name)
    {
        var text = Raw(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        Problems.Add($"'{name}' must be a date as yyyy-MM-dd; got '{Clip(text)}'.");
        return null;
    }

    public string? Text(string name)
    {
        var text = Raw(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            Problems.Add($"'{name}' may be at most {MaxTextLength} characters long.");
            return null;
        }

        return text;
    }

    /// <summary>An entity type: one of <see cref="EntityTypeNames.All"/>, or <c>source</c>.</summary>
    public string? EntityType(string name) => CheckEntityType(name, Raw(name));

    /// <summary>A route's entity type, checked the same way.</summary>
    public string? CheckEntityType(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var type = value.ToLowerInvariant();
        if (EntityTypeNames.All.Contains(type) || type == EntityTypeNames.Source)
        {
            return type;
        }

        Problems.Add($"'{name}' must be one of {string.Join(", ", EntityTypeNames.All)} or {EntityTypeNames.Source}; got '{Clip(value)}'.");
        return null;
    }

    /// <summary>A page token, checked by <paramref name="isValid"/>.</summary>
    public string? Token(string name, Func<string, bool> isValid)
    {
        ArgumentNullException.ThrowIfNull(isValid);
        var text = Raw(name);
        if (text is null)
        {
            return null;
        }

        if (text.Length > 4096 || !isValid(text))
        {
            Problems.Add($"'{name}' is not a page token this API issued; follow the 'next' link of the previous page.");
            return null;
        }

        return text;
    }

    /// <summary>One of <paramref name="allowed"/>.</summary>
    public string? OneOf(string name, IReadOnlyCollection<string> allowed)
    {
        var text = Raw(name);
        if (text is null)
        {
            return null;
        }

        var value = text.ToLowerInvariant();
        if (allowed.Contains(value))
        {
            return value;
        }

        Problems.Add($"'{name}' must be one of {string.Join(", ", allowed)}; got '{Clip(text)}'.");
        return null;
    }

    public void Check(bool condition, string problem)
    {
        if (!condition)
        {
            Problems.Add(problem);
        }
    }

    private string? Raw(string name) => request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
