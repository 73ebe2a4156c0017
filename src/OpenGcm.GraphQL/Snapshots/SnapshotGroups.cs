using System.Collections;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Paging;

namespace OpenGcm.GraphQL.Snapshots;

/// `groupBy` counts over a snapshot connection's rows, by the same key expressions SQL groups by (compiled once per
/// shape); null for a connection SQL answers.
public static class SnapshotGroups
{
    public static List<GroupCount>? Count<T>(GroupByField<T> field, IFilteredSource<T> source)
    {
        if (source is not SnapshotSource<T> snapshot)
        {
            return null;
        }

        IEnumerable<object?> keys;
        if (field.Key is { } key)
        {
            var bound = SnapshotExpressions.Key<T>(key);
            keys = snapshot.Rows.Select(bound.Of);
        }
        else if (field.Values is { } values)
        {
            var bound = SnapshotExpressions.Key<T>(values);
            keys = snapshot.Rows.SelectMany(r => ((IEnumerable?)bound.Of(r))?.Cast<object?>() ?? []);
        }
        else
        {
            return null;
        }

        return [.. keys.GroupBy(k => k).Select(g => new GroupCount(KeyText.Format(g.Key), g.Count()))];
    }
}
