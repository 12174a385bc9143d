using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage.Reconciliation;

namespace Pipeline.Functions.Functions;

/// <summary>
/// The safety net behind Event Grid: every five minutes, ingests any blob whose current version was missed and
/// removes the contributions of deleted blobs.
/// </summary>
public sealed class ReconcileArticles
{
    private readonly BlobReconciler _reconciler;

    public ReconcileArticles(BlobReconciler reconciler) => _reconciler = reconciler;

    [Function(nameof(ReconcileArticles))]
    public async Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        await _reconciler.RunOnceAsync(cancellationToken);
}
