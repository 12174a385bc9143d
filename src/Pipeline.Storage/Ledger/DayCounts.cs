using System.Globalization;
using System.Text;

namespace Pipeline.Storage.Ledger;

/// <summary>
/// How many articles fall on each day, kept as one compact string property (<c>20261128:3,20261129:1</c>) beside a
/// counter's amounts: the data behind trends and first/last seen, moved by the same guarded transaction as the
/// counts so it is exactly as right.
/// </summary>
/// <remarks>
/// One table property holds at most 32K characters, about 2,000 days. Past <see cref="MaxBuckets"/> buckets the
/// oldest days are rolled up into their month (<c>yyyyMM</c>) and then months into years (<c>yyyy</c>), so a long
/// history keeps its totals and its first-seen month at a coarser grain, and the recent past stays daily. Keys of
/// every grain sort in time order as strings.
/// </remarks>
public sealed class DayCounts
{
    public const int MaxBuckets = 1500;
    private const string DayFormat = "yyyyMMdd";

    private readonly SortedDictionary<string, long> _buckets = new(StringComparer.Ordinal);

    public int Count => _buckets.Count;

    public IEnumerable<KeyValuePair<string, long>> Buckets => _buckets;

    public static string KeyOf(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DayCounts Of(DateOnly day, long count = 1)
    {
        var counts = new DayCounts();
        counts.Add(KeyOf(day), count);
        return counts;
    }

    /// <summary>Reads the stored form; anything it does not recognise is skipped rather than trusted.</summary>
    public static DayCounts Parse(string? text)
    {
        var counts = new DayCounts();
        if (string.IsNullOrEmpty(text))
        {
            return counts;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? part : part[..colon];
            var count = 1L;
            if (IsBucketKey(key) && (colon < 0 || long.TryParse(part.AsSpan(colon + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count)))
            {
                counts.Add(key, count);
            }
        }

        return counts;
    }

    /// <summary>Adds <paramref name="count"/> to a bucket; a day that was rolled up is taken from its month or year.</summary>
    public void Add(string key, long count)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (count == 0)
        {
            return;
        }

        if (count < 0 && !_buckets.ContainsKey(key))
        {
            key = key.Length > 6 && _buckets.ContainsKey(key[..6]) ? key[..6] : key.Length > 4 && _buckets.ContainsKey(key[..4]) ? key[..4] : key;
        }

        var total = _buckets.GetValueOrDefault(key) + count;
        if (total == 0)
        {
            _buckets.Remove(key);
        }
        else
        {
            _buckets[key] = total;
        }
    }

    public void Add(DayCounts other, int sign)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, count) in other._buckets)
        {
            Add(key, sign * count);
        }
    }

    /// <summary>The first bucket with articles: a day, or a month or year for a history that was rolled up.</summary>
    public string? First => _buckets.FirstOrDefault(b => b.Value > 0).Key;

    public string? Last => _buckets.LastOrDefault(b => b.Value > 0).Key;

    /// <summary>A bucket key as an ISO 8601 date of its grain: <c>2026-11-29</c>, <c>2026-11</c> or <c>2026</c>.</summary>
    public static string? ToIsoDate(string? key) => key?.Length switch
    {
        8 => $"{key[..4]}-{key[4..6]}-{key[6..]}",
        6 => $"{key[..4]}-{key[4..]}",
        4 => key,
        _ => null,
    };

    /// <summary>The daily counts from <paramref name="from"/> on, with the days that have none left out.</summary>
    public IEnumerable<(DateOnly Day, long Count)> DaysFrom(DateOnly from)
    {
        var start = KeyOf(from);
        foreach (var (key, count) in _buckets)
        {
            if (key.Length == 8 && string.CompareOrdinal(key, start) >= 0 && count != 0
                && DateOnly.TryParseExact(key, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yield return (day, count);
            }
        }
    }

    /// <summary>
    /// The daily counts of the <paramref name="days"/> days that end on the last day with articles (not today, so a
    /// corpus of old news still has a series), days without articles left out.
    /// </summary>
    public IEnumerable<(DateOnly Day, long Count)> Recent(int days)
    {
        if (Last is not { Length: 8 } last)
        {
            return [];
        }

        var end = DateOnly.ParseExact(last, DayFormat, CultureInfo.InvariantCulture);
        return DaysFrom(end.AddDays(1 - days)).Where(d => d.Count > 0);
    }

    /// <summary>The stored form, rolled up first if it has grown past <see cref="MaxBuckets"/>; null when empty.</summary>
    public string? Format()
    {
        RollUp();
        if (_buckets.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(_buckets.Count * 12);
        foreach (var (key, count) in _buckets)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(key);
            if (count != 1)
            {
                text.Append(':').Append(count.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    public override string ToString() => Format() ?? "";

    private void RollUp()
    {
        foreach (var grain in new[] { 6, 4 })
        {
            while (_buckets.Count > MaxBuckets)
            {
                var oldest = _buckets.Keys.FirstOrDefault(k => k.Length > grain);
                if (oldest is null)
                {
                    break;
                }

                var coarse = oldest[..grain];
                foreach (var key in _buckets.Keys.Where(k => k.Length > grain && k.StartsWith(coarse, StringComparison.Ordinal)).ToList())
                {
                    var count = _buckets[key];
                    _buckets.Remove(key);
                    Add(coarse, count);
                }
            }
        }
    }

    private static bool IsBucketKey(string key) => key.Length is 4 or 6 or 8 && key.All(char.IsAsciiDigit);
}
