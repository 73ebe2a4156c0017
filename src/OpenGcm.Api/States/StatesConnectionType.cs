using OpenGcm.GraphQL.Paging;

namespace OpenGcm.Api.States;

public sealed class StatesConnectionType() : ConnectionType<State, StateType, StatesEdgeType>("States", "States", StateFilters.Groups);

public sealed class StatesEdgeType() : EdgeType<State, StateType>("States");
