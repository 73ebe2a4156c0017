using OpenGcm.Api.Catalog;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Data;

/// Reads and validates every file of data/: types, enums, unique keys, references, sources.
public static class DatasetReader
{
    public static Dataset Read(string dataDirectory)
    {
        var errors = new DataErrors();
        var sources = CsvTable.Read(dataDirectory, "sources.csv", ["id", "title", "url", "licence", "notes"], r => new Source
        {
            Id = r.Required("id"),
            Title = r.Required("title"),
            Url = CellChecks.RequiredUrl(r, "url"),
            Licence = r.Optional("licence"),
            Notes = r.Optional("notes"),
        }, errors);
        var sourceIds = CellChecks.Unique(sources, s => s.Id, errors, "id");
        var refs = new References(sourceIds);

        var states = CsvTable.Read(dataDirectory, "states.csv", ["iso3", "iso2", "m49", "name", "un_status", "region", "sub_region",
            "intermediate_region", "sources"], r => new State
            {
                Iso3 = CellChecks.Code(r, "iso3", 3),
                Iso2 = CellChecks.Code(r, "iso2", 2),
                M49 = CellChecks.M49(r),
                Name = r.Required("name"),
                UnStatus = r.Enum<UnStatus>("un_status"),
                Region = r.Optional("region"),
                SubRegion = r.Optional("sub_region"),
                IntermediateRegion = r.Optional("intermediate_region"),
                SourceIds = refs.Sources(r),
            }, errors);
        var stateByIso3 = CellChecks.Unique(states, s => s.Iso3, errors, "iso3");
        CellChecks.Unique(states, s => s.Iso2, errors, "iso2");
        CellChecks.Unique(states, s => s.M49, errors, "m49");

        var votes = CsvTable.Read(dataDirectory, "gcm_votes.csv", ["iso3", "vote", "note", "sources"], r =>
        {
            var iso3 = r.Required("iso3");
            var vote = r.Enum<GcmVote>("vote");
            var sourceList = refs.Sources(r);
            if (!stateByIso3.TryGetValue(iso3, out var state))
            {
                r.Error("iso3", $"'{iso3}' is not a state in states.csv");
            }
            else if (state.UnStatus != UnStatus.Member)
            {
                r.Error("iso3", $"'{iso3}' is an observer State, which cannot vote");
            }
            else if (state.GcmVote is not null)
            {
                r.Error("iso3", $"'{iso3}' has a vote already");
            }
            else
            {
                state.GcmVote = vote;
                state.GcmVoteNote = r.Optional("note");
                state.VoteSourceIds = sourceList;
            }

            return iso3;
        }, errors);

        var stock = CsvTable.Read(dataDirectory, "migrant_stock.csv", ["iso3", "year", "total", "percent_of_population", "sources"], r => new MigrantStock
        {
            Iso3 = refs.Key(r, "iso3", stateByIso3),
            Year = r.Int("year"),
            Total = r.Long("total"),
            PercentOfPopulation = r.OptionalDouble("percent_of_population"),
            SourceIds = refs.Sources(r),
        }, errors);
        CellChecks.Unique(stock, m => (m.Iso3, m.Year), errors, "iso3, year");
        foreach (var row in stock.Where(m => m.Year == 2020 && stateByIso3.ContainsKey(m.Iso3)))
        {
            stateByIso3[row.Iso3].MigrantStock2020 = checked((int)row.Total);
            stateByIso3[row.Iso3].MigrantShare2020 = row.PercentOfPopulation;
        }

        var champions = CsvTable.Read(dataDirectory, "gcm_champions.csv", ["iso3", "first_evidence", "evidence", "role_notes", "confidence",
            "verified_on", "sources"], r => new GcmChampionListing
            {
                Iso3 = refs.Key(r, "iso3", stateByIso3),
                FirstEvidence = CellChecks.PartialDate(r, "first_evidence"),
                Evidence = r.Optional("evidence"),
                RoleNotes = r.Optional("role_notes"),
                Confidence = r.Optional("confidence"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            }, errors);
        CellChecks.Unique(champions, c => c.Iso3, errors, "iso3");

        var objectives = CsvTable.Read(dataDirectory, "objectives.csv", ["number", "title", "label", "sources"], r => new Objective
        {
            Number = r.Int("number"),
            Title = r.Required("title"),
            Label = r.Optional("label"),
            SourceIds = refs.Sources(r),
        }, errors);
        var objectiveByNumber = CellChecks.Unique(objectives, o => o.Number, errors, "number");

        var principles = CsvTable.Read(dataDirectory, "guiding_principles.csv", ["key", "letter", "name", "sources"], r => new GuidingPrinciple
        {
            Key = r.Required("key"),
            Letter = r.Required("letter"),
            Name = r.Required("name"),
            SourceIds = refs.Sources(r),
        }, errors);
        CellChecks.Unique(principles, p => p.Key, errors, "key");

        var forums = CsvTable.Read(dataDirectory, "imrf_forums.csv", ["key", "name", "start_date", "end_date", "location", "chair", "confidence",
            "notes", "verified_on", "sources"], r => new ImrfForum
            {
                Key = r.Required("key"),
                Name = r.Required("name"),
                StartDate = r.OptionalDate("start_date"),
                EndDate = r.OptionalDate("end_date"),
                Location = r.Optional("location"),
                Chair = r.Optional("chair"),
                Confidence = r.Optional("confidence"),
                Notes = r.Optional("notes"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            }, errors);
        var forumByKey = CellChecks.Unique(forums, f => f.Key, errors, "key");

        var sessions = CsvTable.Read(dataDirectory, "imrf_sessions.csv", ["id", "forum", "kind", "number", "name", "theme", "date", "end_date",
            "date_note", "status", "confidence", "notes", "verified_on", "sources"], r => new ImrfSession
            {
                Id = r.Required("id"),
                ForumKey = refs.Key(r, "forum", forumByKey),
                Kind = r.Enum<ImrfSessionKind>("kind"),
                Number = r.OptionalInt("number"),
                Name = r.Required("name"),
                Theme = r.Optional("theme"),
                Date = r.OptionalDate("date"),
                EndDate = r.OptionalDate("end_date"),
                DateNote = r.Optional("date_note"),
                Status = r.Enum<ImrfSessionStatus>("status"),
                Confidence = r.Optional("confidence"),
                Notes = r.Optional("notes"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            }, errors);
        var sessionById = CellChecks.Unique(sessions, s => s.Id, errors, "id");

        var sessionObjectives = CsvTable.Read(dataDirectory, "imrf_session_objectives.csv", ["session_id", "objective_number", "sources"], r =>
            new ImrfSessionObjective
            {
                SessionId = refs.Key(r, "session_id", sessionById),
                ObjectiveNumber = refs.Key(r, "objective_number", objectiveByNumber),
                SourceIds = refs.Sources(r),
            }, errors);
        CellChecks.Unique(sessionObjectives, x => (x.SessionId, x.ObjectiveNumber), errors, "session_id, objective_number");

        var reports = CsvTable.Read(dataDirectory, "reports.csv", ["id", "kind", "title", "symbol", "year", "published_on", "url", "state_iso3",
            "region", "organizer", "review_cycle", "status", "confidence", "notes", "verified_on", "sources"], r => new Report
            {
                Id = r.Required("id"),
                Kind = r.Enum<ReportKind>("kind"),
                Title = r.Required("title"),
                Symbol = r.Optional("symbol"),
                Year = r.OptionalInt("year"),
                PublishedOn = r.OptionalDate("published_on"),
                Url = CellChecks.Url(r, "url"),
                StateIso3 = r.Optional("state_iso3") is null ? null : refs.Key(r, "state_iso3", stateByIso3),
                Region = r.Optional("region"),
                Organizer = r.Optional("organizer"),
                ReviewCycle = r.Optional("review_cycle") is null ? null : refs.Key(r, "review_cycle", forumByKey),
                Status = r.Optional("status"),
                Confidence = r.Optional("confidence"),
                Notes = r.Optional("notes"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            }, errors);
        var reportById = CellChecks.Unique(reports, x => x.Id, errors, "id");

        var reportObjectives = CsvTable.Read(dataDirectory, "report_objectives.csv", ["report_id", "objective_number", "sources"], r => new ReportObjective
        {
            ReportId = refs.Key(r, "report_id", reportById),
            ObjectiveNumber = refs.Key(r, "objective_number", objectiveByNumber),
            SourceIds = refs.Sources(r),
        }, errors);
        CellChecks.Unique(reportObjectives, x => (x.ReportId, x.ObjectiveNumber), errors, "report_id, objective_number");

        var areas = StatisticsReader.ReadAreas(dataDirectory, refs, stateByIso3, errors);
        var areaByIso3 = areas.ToDictionary(a => a.Iso3, StringComparer.Ordinal);
        var estimates = StatisticsReader.ReadMigrantStock(dataDirectory, refs, areaByIso3, errors);
        var displacement = StatisticsReader.ReadDisplacement(dataDirectory, areaByIso3, errors);
        var missing = StatisticsReader.ReadMissingMigrants(dataDirectory, refs, areaByIso3, errors);
        errors.ThrowIfAny();

        // The one list of tables, in the order they are written (referenced tables first). Areas, with their
        // owned names, are written by EF Core; every other table by one prepared INSERT.
        return new Dataset(
        [
            LoadedTable.Of("sources", sources, bulk: true),
            LoadedTable.Of("areas", areas),
            LoadedTable.Of("states", states, bulk: true),
            new LoadedTable("gcm_votes", votes.Count, []),
            LoadedTable.Of("migrant_stock", stock, bulk: true),
            LoadedTable.Of("gcm_champions", champions, bulk: true),
            LoadedTable.Of("objectives", objectives, bulk: true),
            LoadedTable.Of("guiding_principles", principles, bulk: true),
            LoadedTable.Of("imrf_forums", forums, bulk: true),
            LoadedTable.Of("imrf_sessions", sessions, bulk: true),
            LoadedTable.Of("imrf_session_objectives", sessionObjectives, bulk: true),
            LoadedTable.Of("reports", reports, bulk: true),
            LoadedTable.Of("report_objectives", reportObjectives, bulk: true),
            LoadedTable.Of("migrant_stock_ims2024", estimates, bulk: true),
            LoadedTable.Of("displacement", displacement, bulk: true),
            LoadedTable.Of("missing_migrants", missing, bulk: true),
        ]);
    }
}
