namespace Pipeline.Storage.Entities;

/// <summary>An entity with its corpus-wide counts, as served in summaries.</summary>
/// <param name="FirstSeen">The first day with an article naming it, as an ISO 8601 date (a month or year for a long history).</param>
public sealed record RankedEntity(string Key, string Name, string Type, long Articles, long Mentions, string EntityPartition, string? FirstSeen = null, string? LastSeen = null);
