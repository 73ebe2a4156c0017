using OpenGcm.GraphQL.Paging;

namespace OpenGcm.Api.ImrfSessions;

public sealed class ImrfSessionsConnectionType() : ConnectionType<ImrfSession, ImrfSessionType, ImrfSessionsEdgeType>("ImrfSessions", "IMRF sessions", ImrfSessionFilters.Groups);

public sealed class ImrfSessionsEdgeType() : EdgeType<ImrfSession, ImrfSessionType>("ImrfSessions");
