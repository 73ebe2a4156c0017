using GraphQL.Types;

namespace OpenGcm.GraphQL.Sorting;

public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
        Add("ASC", "ASC", "Ascending: A to Z, small to large, earliest first; missing values first.");
        Add("DESC", "DESC", "Descending: Z to A, large to small, latest first; missing values last.");
    }
}
