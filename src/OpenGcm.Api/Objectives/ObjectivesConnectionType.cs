using OpenGcm.GraphQL.Paging;

namespace OpenGcm.Api.Objectives;

public sealed class ObjectivesConnectionType() : ConnectionType<Objective, ObjectiveType, ObjectivesEdgeType>("Objectives", "GCM objectives", ObjectiveFilters.Groups);

public sealed class ObjectivesEdgeType() : EdgeType<Objective, ObjectiveType>("Objectives");
