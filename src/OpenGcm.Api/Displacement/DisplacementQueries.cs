using GraphQL.Types;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Displacement;

public sealed class DisplacementQueries(ListFields<OpenGcmDbContext> lists) : IRootFields
{
    public void AddTo(ObjectGraphType query)
        => lists.Connection(query, "displacement", DisplacementList.Definition, db => db.Set<DisplacementFigure>(),
            "Forcibly displaced and stateless people by year, origin and country of asylum, 1951-2025 (UNHCR Refugee Population Statistics "
            + "Database). Context for the GCM: refugees are the subject of the Global Compact on Refugees.");
}
