using OpenGcm.GraphQL.Paging;

namespace OpenGcm.Api.Reports;

public sealed class ReportsConnectionType() : ConnectionType<Report, ReportType, ReportsEdgeType>("Reports", "reports", ReportFilters.Groups);

public sealed class ReportsEdgeType() : EdgeType<Report, ReportType>("Reports");
