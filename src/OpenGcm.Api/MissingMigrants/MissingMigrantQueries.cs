using GraphQL.Types;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.MissingMigrants;

public sealed class MissingMigrantQueries(ListFields<OpenGcmDbContext> lists) : IRootFields
{
    public void AddTo(ObjectGraphType query)
        => lists.Connection(query, "missingMigrants", MissingMigrantList.Definition, db => db.Set<MissingMigrantRecord>(),
            "Deaths and disappearances of people in the process of migration, 2014-2025, one record per incident (IOM Missing Migrants "
            + "Project): the data behind GCM objective 8, \"Save lives and establish coordinated international efforts on missing migrants\".");
}
