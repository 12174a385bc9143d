namespace Pipeline.Core;

/// <summary>
/// Bounds how much decoded text is being analyzed at once. Parsing a page builds a DOM many times the size of its
/// text, so a handful of maximum-size files analyzed together could exhaust a small instance; callers wait here
/// instead, first come first served, while small files (the usual case) pass without waiting.
/// </summary>
internal sealed class AnalysisMemoryGate
{
    /// <summary>Texts up to this many characters never wait: they cost too little to matter.</summary>
    public const int FreeChars = 64 * 1024;

    private readonly long _capacity;
    private readonly Lock _lock = new();

    // First come, first served: a large file at the head is not overtaken by a stream of smaller ones.
    private readonly Queue<(long Amount, TaskCompletionSource Granted)> _waiting = new();
    private long _available;

    public AnalysisMemoryGate(long capacity)
    {
        _capacity = capacity;
        _available = capacity;
    }

    public async ValueTask<Lease> EnterAsync(int chars, CancellationToken cancellationToken)
    {
        if (chars <= FreeChars)
        {
            return default;
        }

        // A file larger than the whole budget still runs, alone.
        var amount = Math.Min(chars * (long)sizeof(char), _capacity);
        TaskCompletionSource granted;
        lock (_lock)
        {
            if (_waiting.Count == 0 && _available >= amount)
            {
                _available -= amount;
                return new Lease(this, amount);
            }

            granted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((amount, granted));
        }

        using (cancellationToken.Register(static state => ((TaskCompletionSource)state!).TrySetCanceled(), granted))
        {
            await granted.Task;
        }

        return new Lease(this, amount);
    }

    private void Release(long amount)
    {
        lock (_lock)
        {
            _available += amount;
            while (_waiting.TryPeek(out var next))
            {
                if (next.Granted.Task.IsCompleted)
                {
                    // Cancelled while waiting: it takes nothing.
                    _waiting.Dequeue();
                    continue;
                }

                if (_available < next.Amount)
                {
                    break;
                }

                _waiting.Dequeue();
                if (next.Granted.TrySetResult())
                {
                    _available -= next.Amount;
                }
            }
        }
    }

    /// <summary>A share of the budget, given back when disposed.</summary>
    public readonly struct Lease(AnalysisMemoryGate? gate, long amount) : IDisposable
    {
        public void Dispose() => gate?.Release(amount);
    }
}
