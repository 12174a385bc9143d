using Azure.Data.Tables;

namespace Pipeline.Storage.Ledger;

/// <summary>A counter row as it was before and after one contribution was applied.</summary>
public sealed record CounterState(TableEntity? Before, TableEntity After, bool Changed)
{
    public long Get(string amount) => After.GetInt64(amount) ?? 0;
}
