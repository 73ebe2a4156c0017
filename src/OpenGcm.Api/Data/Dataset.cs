using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Data;

/// Every row of data/, validated and linked, ready to be written in one transaction.
public sealed record Dataset(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<State> States,
    IReadOnlyList<MigrantStock> MigrantStock,
    IReadOnlyList<GcmChampionListing> Champions,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<GuidingPrinciple> GuidingPrinciples,
    IReadOnlyList<ImrfForum> Forums,
    IReadOnlyList<ImrfSession> Sessions,
    IReadOnlyList<ImrfSessionObjective> SessionObjectives,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<ReportObjective> ReportObjectives);
