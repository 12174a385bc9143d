namespace Pipeline.Core.Extraction.Recognition;

/// <summary>
/// Character ranges of a body (end exclusive), added in any order and then sealed into sorted, merged ranges that
/// are queried by binary search, so a page of thousands of credit lines costs a logarithm per query.
/// </summary>
internal sealed class RegionSet
{
    private readonly List<(int Start, int End)> regions = [];
    private bool sealedForQueries = true;

    public int Count => regions.Count;

    public void Add(int start, int end)
    {
        if (end > start)
        {
            regions.Add((start, end));
            sealedForQueries = false;
        }
    }

    /// <summary>Sorts and merges overlapping or touching ranges; queries need it after the last <see cref="Add"/>.</summary>
    public void Seal()
    {
        if (sealedForQueries)
        {
            return;
        }

        regions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var written = 0;
        for (var i = 0; i < regions.Count; i++)
        {
            var (start, end) = regions[i];
            if (written > 0 && start <= regions[written - 1].End)
            {
                regions[written - 1] = (regions[written - 1].Start, Math.Max(regions[written - 1].End, end));
            }
            else
            {
                regions[written++] = (start, end);
            }
        }

        regions.RemoveRange(written, regions.Count - written);
        sealedForQueries = true;
    }

    /// <summary>Whether any region shares a character with [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Overlaps(int start, int end)
    {
        var index = LastStartingBefore(end);
        return index >= 0 && regions[index].End > start;
    }

    /// <summary>Whether one region holds all of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Covers(int start, int end)
    {
        var index = LastStartingBefore(start + 1);
        return index >= 0 && regions[index].End >= end;
    }

    // The last region whose start is below 'limit', or -1.
    private int LastStartingBefore(int limit)
    {
        if (!sealedForQueries)
        {
            throw new InvalidOperationException("the region set must be sealed before it is queried");
        }

        int low = 0, high = regions.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (regions[middle].Start < limit)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
