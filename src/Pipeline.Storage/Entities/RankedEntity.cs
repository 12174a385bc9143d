namespace Pipeline.Storage.Entities;

/// <summary>An entity with its corpus-wide counts, as served in summaries.</summary>
public sealed record RankedEntity(string Key, string Name, string Type, long Articles, long Mentions, string EntityPartition);
