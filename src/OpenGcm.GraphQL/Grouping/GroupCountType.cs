using GraphQL.Types;

namespace OpenGcm.GraphQL.Grouping;

public sealed class GroupCountType : ObjectGraphType<GroupCount>
{
    public GroupCountType()
    {
        Name = "GroupCount";
        Description = "How many items of the list (after `where`) share one value.";
        Field(g => g.Key, nullable: true).Description("The value, as text (enum values as in the schema, e.g. `NOT_VOTING`); null for items with no value.");
        Field(g => g.Count).Description("How many items have it.");
    }
}
