using OpenGcm.Api.Areas;
using OpenGcm.Api.Reports;

namespace OpenGcm.Api.States;

/// A UN Member State or non-member observer State (data/states.csv, data/gcm_votes.csv).
public sealed class State
{
    public required string Iso3 { get; init; }

    public required string Iso2 { get; init; }

    public required string M49 { get; init; }

    public required string Name { get; init; }

    public required UnStatus UnStatus { get; init; }

    public string? Region { get; init; }

    public string? SubRegion { get; init; }

    public string? IntermediateRegion { get; init; }

    /// Vote on A/RES/73/195; null for observer States, which do not vote.
    public GcmVote? GcmVote { get; set; }

    public string? GcmVoteNote { get; set; }

    /// Denormalised from data/migrant_stock.csv at build time, so dashboards can filter and sort by them.
    public int? MigrantStock2020 { get; set; }

    public double? MigrantShare2020 { get; set; }

    public GcmChampionListing? GcmChampion { get; set; }

    public required string SourceIds { get; init; }

    public string? VoteSourceIds { get; set; }

    public Area? Area { get; init; }

    public List<Report> Reports { get; init; } = [];

    public List<MigrantStock> MigrantStock { get; init; } = [];
}
