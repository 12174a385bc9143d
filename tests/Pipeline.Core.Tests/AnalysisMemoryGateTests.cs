namespace Pipeline.Core.Tests;

public sealed class AnalysisMemoryGateTests
{
    private const int Large = AnalysisMemoryGate.FreeChars + 1;
    private const long LargeBytes = Large * 2L;

    [Fact]
    public async Task Small_texts_never_wait_even_when_the_budget_is_spent()
    {
        var gate = new AnalysisMemoryGate(LargeBytes);
        using var large = await gate.EnterAsync(Large, CancellationToken.None);

        var small = gate.EnterAsync(AnalysisMemoryGate.FreeChars, CancellationToken.None);

        Assert.True(small.IsCompleted);
    }

    [Fact]
    public async Task A_text_over_the_remaining_budget_waits_until_a_share_is_given_back()
    {
        var gate = new AnalysisMemoryGate(LargeBytes);
        var first = await gate.EnterAsync(Large, CancellationToken.None);

        var second = gate.EnterAsync(Large, CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task Waiters_are_served_in_arrival_order()
    {
        var gate = new AnalysisMemoryGate(LargeBytes * 2);
        var held = await gate.EnterAsync(Large * 2, CancellationToken.None);
        var big = gate.EnterAsync(Large * 2, CancellationToken.None).AsTask();
        var small = gate.EnterAsync(Large, CancellationToken.None).AsTask();

        held.Dispose();

        var granted = await big;
        Assert.False(small.IsCompleted, "the later, smaller request must not overtake the earlier one");
        granted.Dispose();
        (await small).Dispose();
    }

    [Fact]
    public async Task A_cancelled_waiter_takes_nothing_and_blocks_no_one()
    {
        var gate = new AnalysisMemoryGate(LargeBytes);
        var held = await gate.EnterAsync(Large, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.EnterAsync(Large, cancel.Token).AsTask();
        var next = gate.EnterAsync(Large, CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        held.Dispose();

        (await next).Dispose();
        var again = gate.EnterAsync(Large, CancellationToken.None);
        Assert.True(again.IsCompleted, "the whole budget is free again");
        (await again).Dispose();
    }

    [Fact]
    public async Task A_text_larger_than_the_whole_budget_runs_alone()
    {
        var gate = new AnalysisMemoryGate(LargeBytes);

        var huge = gate.EnterAsync(Large * 10, CancellationToken.None);
        Assert.True(huge.IsCompleted);
        var other = gate.EnterAsync(Large, CancellationToken.None).AsTask();
        Assert.False(other.IsCompleted);

        (await huge).Dispose();
        (await other).Dispose();
    }
}
