using Pipeline.Storage.Ledger;

namespace Pipeline.IntegrationTests.Storage;

/// <summary>The day counts behind trends: their stored form, arithmetic and roll-up of a long history.</summary>
public sealed class DayCountsTests
{
    [Fact]
    public void The_stored_form_round_trips_and_omits_counts_of_one()
    {
        var days = DayCounts.Parse("20261129:3,20260101,20261128:2");

        Assert.Equal("20260101,20261128:2,20261129:3", days.Format());
        Assert.Equal(("2026-01-01", "2026-11-29"), (DayCounts.ToIsoDate(days.First), DayCounts.ToIsoDate(days.Last)));
    }

    [Fact]
    public void Adding_and_taking_back_leaves_nothing_and_junk_is_skipped()
    {
        var days = DayCounts.Parse("20261129:2,not-a-day,2026112:4,20261130:x");
        days.Add(DayCounts.Parse("20261129:2"), sign: -1);

        Assert.Null(days.Format());
        Assert.Null(days.First);
    }

    [Fact]
    public void A_history_longer_than_the_limit_rolls_its_oldest_days_into_months_and_keeps_every_article()
    {
        var days = new DayCounts();
        var start = new DateOnly(2015, 1, 1);
        for (var i = 0; i < DayCounts.MaxBuckets + 400; i++)
        {
            days.Add(DayCounts.KeyOf(start.AddDays(i)), 2);
        }

        var stored = DayCounts.Parse(days.Format());

        Assert.InRange(stored.Count, 1, DayCounts.MaxBuckets);
        Assert.Equal(2L * (DayCounts.MaxBuckets + 400), stored.Buckets.Sum(b => b.Value));
        Assert.Equal("2015-01", DayCounts.ToIsoDate(stored.First));
        Assert.Equal(DayCounts.KeyOf(start.AddDays(DayCounts.MaxBuckets + 399)), stored.Last);
        Assert.InRange(stored.Format()!.Length, 1, 32 * 1024);

        // Taking back a day that was rolled up takes it from its month.
        stored.Add("20150102", -2);
        Assert.Equal(2L * (DayCounts.MaxBuckets + 399), stored.Buckets.Sum(b => b.Value));
    }
}
