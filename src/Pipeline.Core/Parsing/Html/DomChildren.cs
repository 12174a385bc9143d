using AngleSharp.Dom;

namespace Pipeline.Core.Parsing.Html;

/// <summary>
/// Child iteration that stays linear on wide pages. AngleSharp finds a node's sibling by searching its parent's
/// child list, so walking 200,000 siblings with <c>NextSibling</c> takes minutes; indexing <c>ChildNodes</c> is
/// constant time. Every walk in this folder goes through here or indexes <c>ChildNodes</c> itself.
/// </summary>
internal static class DomChildren
{
    /// <summary>Pushes the element children of <paramref name="node"/> last first, so that they pop in document order.</summary>
    public static void PushElements(Stack<IElement> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The element children of <paramref name="node"/>, in document order.</summary>
    public static IEnumerable<IElement> Elements(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                yield return child;
            }
        }
    }

    /// <summary>Whether no element follows <paramref name="element"/> among its parent's children.</summary>
    public static bool IsLastElement(IElement element)
    {
        if (element.Parent is not { } parent)
        {
            return true;
        }

        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement last)
            {
                return last == element;
            }
        }

        return true;
    }
}
