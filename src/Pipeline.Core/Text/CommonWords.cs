namespace Pipeline.Core.Text;

/// <summary>
/// Capitalized function words that open sentences. The sentence splitter uses them to decide whether a period after
/// an abbreviation such as "U.S." ends a sentence, and entity extraction refuses to start a name with them.
/// </summary>
internal static class CommonWords
{
    private static readonly WordSet Starters = new(
        [
            "A", "An", "The", "And", "Or", "But", "Nor", "So", "Yet", "If", "When", "While", "Where", "Whether", "What",
            "Who", "Whom", "Whose", "Which", "Why", "How", "In", "On", "At", "To", "For", "Of", "From", "By", "With",
            "Without", "As", "Into", "About", "Above", "Across", "Against", "Among", "Around", "Under", "Over", "Despite",
            "During", "Through", "Throughout", "After", "Before", "Since", "Until", "Unless", "Because", "Although",
            "Though", "However", "Meanwhile", "Still", "Also", "Then", "Thus", "Instead", "Indeed", "It", "Its", "This",
            "That", "These", "Those", "There", "Here", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
            "Our", "My", "Your", "Him", "Them", "Us", "Some", "Many", "Most", "Much", "More", "Few", "Several", "Other",
            "Others", "Another", "Both", "Each", "Every", "All", "Any", "No", "Not", "None", "One", "Two", "Three",
            "Four", "Five", "Such", "Even", "Just", "Only", "According", "Last", "Next", "First", "Once", "Now", "Today",
            "Yesterday", "Tomorrow", "Additionally", "Currently", "Earlier", "Later", "Like", "Let", "Please", "Yes",
            "Asked", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Can", "Could",
            "Would", "Should", "Must", "Might", "Oh", "OK", "Ok",
        ],
        StringComparer.Ordinal);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => Starters.Contains(word);

    /// <summary>The leading run of letters of <paramref name="text"/>, e.g. "The" in "The U.S. agency".</summary>
    public static ReadOnlySpan<char> LeadingWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end];
    }
}
