using GraphQL;
using GraphQL.Types;

namespace OpenGcm.Api.Graph;

/// ISO 8601 calendar dates, named `Date` as in the schema contract.
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601 `YYYY-MM-DD`.";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6");
    }
}
