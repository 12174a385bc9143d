namespace Pipeline.Core.Model;

/// <summary>Per-article text figures.</summary>
public sealed record TextFigures(int Words, int Sentences, int Paragraphs, int Characters);
