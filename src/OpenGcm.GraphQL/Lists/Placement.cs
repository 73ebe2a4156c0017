namespace OpenGcm.GraphQL.Lists;

/// Moves one named item of a declaration list before another (see `ListDefinition.PlaceBefore`).
internal static class Placement
{
    public static void MoveBefore<TItem>(List<TItem> items, Func<TItem, string> nameOf, string name, string before)
    {
        var item = items.Single(i => nameOf(i) == name);
        items.Remove(item);
        var index = items.FindIndex(i => nameOf(i) == before);
        if (index < 0)
        {
            throw new InvalidOperationException($"No '{before}' to place '{name}' before.");
        }

        items.Insert(index, item);
    }
}
