using Newtonsoft.Json.Linq;
using OpenGcm.Api.Data;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Tests.Data;

/// Guards the real data/: it loads (types, unique keys, references and sources are checked by the
/// reader), and the published totals hold.
public sealed class RealDataTests
{
    private static readonly Lazy<Dataset> Loaded = new(() => DatasetReader.Read(RepositoryPaths.Data));

    private static Dataset Dataset => Loaded.Value;

    [Fact]
    public void States_are_the_members_and_the_two_observers_data_README_states()
    {
        Assert.Equal(DataReadme.Rows("states.csv"), Dataset.Rows<State>("states").Count);
        Assert.Equal(DataReadme.Count(@"of which (?<n>\d+) are `member`"), Dataset.Rows<State>("states").Count(s => s.UnStatus == UnStatus.Member));
        Assert.Equal(["PSE", "VAT"], Dataset.Rows<State>("states").Where(s => s.UnStatus == UnStatus.Observer).Select(s => s.Iso3).Order());
    }

    /// The totals of gcm_votes.csv in data/README.md, which match UN press release GA/12113.
    [Fact]
    public void Votes_on_A_RES_73_195_are_the_totals_data_README_states()
    {
        var totals = Dataset.Rows<State>("states").Where(s => s.GcmVote is not null).GroupBy(s => s.GcmVote!.Value).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(DataReadme.Count(@"\*\*Totals:\*\* (?<n>\d+) yes,"), totals[GcmVote.Yes]);
        Assert.Equal(DataReadme.Count(@"\*\*Totals:\*\* \d+ yes, (?<n>\d+) no,"), totals[GcmVote.No]);
        Assert.Equal(DataReadme.Count(@"\*\*Totals:\*\* \d+ yes, \d+ no, (?<n>\d+) abstain,"), totals[GcmVote.Abstain]);
        Assert.Equal(DataReadme.Count(@"\*\*Totals:\*\* \d+ yes, \d+ no, \d+ abstain, (?<n>\d+) not_voting"), totals[GcmVote.NotVoting]);
        Assert.Equal(DataReadme.Rows("gcm_votes.csv"), totals.Values.Sum());
        Assert.All(Dataset.Rows<State>("states").Where(s => s.UnStatus == UnStatus.Member), s => Assert.NotNull(s.GcmVote));
    }

    [Fact]
    public void The_five_states_against_are_czechia_hungary_israel_poland_usa()
        => Assert.Equal(["CZE", "HUN", "ISR", "POL", "USA"], Dataset.Rows<State>("states").Where(s => s.GcmVote == GcmVote.No).Select(s => s.Iso3).Order());

    [Fact]
    public void Objectives_are_numbered_from_1_and_guiding_principles_lettered_from_a()
    {
        Assert.Equal(Enumerable.Range(1, DataReadme.Rows("objectives.csv")), Dataset.Rows<Objective>("objectives").Select(o => o.Number).Order());
        Assert.Equal(DataReadme.Rows("guiding_principles.csv"), Dataset.Rows<GuidingPrinciple>("guiding_principles").Count);
        Assert.Equal("abcdefghij", string.Concat(Dataset.Rows<GuidingPrinciple>("guiding_principles").Select(p => p.Letter).Order()));
    }

    [Fact]
    public void Each_objective_is_in_exactly_one_imrf_2022_round_table()
    {
        var roundTables2022 = Dataset.Rows<ImrfSession>("imrf_sessions").Where(s => s.ForumKey == "IMRF-2022" && s.Kind == ImrfSessionKind.RoundTable).Select(s => s.Id).ToHashSet();
        var perObjective = Dataset.Rows<ImrfSessionObjective>("imrf_session_objectives").Where(x => roundTables2022.Contains(x.SessionId)).GroupBy(x => x.ObjectiveNumber).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(4, roundTables2022.Count);
        Assert.Equal(Enumerable.Range(1, 23), perObjective.Keys.Order());
        Assert.All(perObjective.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Iso_codes_are_unique_and_well_formed()
    {
        Assert.Equal(Dataset.Rows<State>("states").Count, Dataset.Rows<State>("states").Select(s => s.Iso3).Distinct().Count());
        Assert.Equal(Dataset.Rows<State>("states").Count, Dataset.Rows<State>("states").Select(s => s.Iso2).Distinct().Count());
        Assert.All(Dataset.Rows<State>("states"), s => Assert.Matches("^[A-Z]{3}$", s.Iso3));
        Assert.All(Dataset.Rows<State>("states"), s => Assert.Matches("^[0-9]{3}$", s.M49));
    }

    [Fact]
    public void Migrant_stock_matches_the_un_desa_figures()
    {
        var are2020 = Dataset.Rows<MigrantStock>("migrant_stock").Single(m => m.Iso3 == "ARE" && m.Year == 2020);
        Assert.Equal(8_716_332, are2020.Total);
        Assert.Equal(88.13, are2020.PercentOfPopulation);
        Assert.Equal(66_013, Dataset.Rows<MigrantStock>("migrant_stock").Single(m => m.Iso3 == "ALB" && m.Year == 1990).Total);
    }

    [Fact]
    public void Every_csv_is_in_the_datapackage_with_its_header_as_fields_and_a_source()
    {
        var package = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "datapackage.json")));
        var resources = package["resources"]!.ToDictionary(r => (string)r["path"]!);
        var files = Directory.GetFiles(RepositoryPaths.Data, "*.csv").Select(Path.GetFileName).ToList();

        Assert.Equal(files.Order(), resources.Keys.Order());
        foreach (var file in files)
        {
            var header = File.ReadLines(Path.Combine(RepositoryPaths.Data, file!)).First().Split(',');
            var fields = resources[file!]["schema"]!["fields"]!.Select(f => (string)f["name"]!).ToArray();
            Assert.Equal(header, fields);
            Assert.NotEmpty(resources[file!]["sources"]!);
            Assert.NotEmpty(resources[file!]["licenses"]!);
        }
    }

    [Fact]
    public void Every_row_of_every_file_names_at_least_one_source()
    {
        var rows = Dataset.Rows<State>("states").Select(s => s.SourceIds)
            .Concat(Dataset.Rows<State>("states").Where(s => s.GcmVote is not null).Select(s => s.VoteSourceIds!))
            .Concat(Dataset.Rows<MigrantStock>("migrant_stock").Select(m => m.SourceIds))
            .Concat(Dataset.Rows<GcmChampionListing>("gcm_champions").Select(c => c.SourceIds))
            .Concat(Dataset.Rows<Objective>("objectives").Select(o => o.SourceIds))
            .Concat(Dataset.Rows<GuidingPrinciple>("guiding_principles").Select(p => p.SourceIds))
            .Concat(Dataset.Rows<ImrfForum>("imrf_forums").Select(f => f.SourceIds))
            .Concat(Dataset.Rows<ImrfSession>("imrf_sessions").Select(s => s.SourceIds))
            .Concat(Dataset.Rows<ImrfSessionObjective>("imrf_session_objectives").Select(s => s.SourceIds))
            .Concat(Dataset.Rows<Report>("reports").Select(r => r.SourceIds))
            .Concat(Dataset.Rows<ReportObjective>("report_objectives").Select(r => r.SourceIds));
        var sourceIds = Dataset.Rows<Source>("sources").Select(s => s.Id).ToHashSet();

        Assert.All(rows, ids => Assert.All(ids.Split(';'), id => Assert.Contains(id, sourceIds)));
        Assert.All(Dataset.Rows<Source>("sources"), s => Assert.StartsWith("http", s.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Champions_are_listed_states_with_sources()
    {
        Assert.Equal(DataReadme.Rows("gcm_champions.csv"), Dataset.Rows<GcmChampionListing>("gcm_champions").Count);
        Assert.Equal(DataReadme.Count(@"It names \*\*(?<n>\d+)\*\* States"), Dataset.Rows<GcmChampionListing>("gcm_champions").Count);
        Assert.All(Dataset.Rows<GcmChampionListing>("gcm_champions"), c => Assert.Contains(Dataset.Rows<State>("states"), s => s.Iso3 == c.Iso3));
        Assert.Contains(Dataset.Rows<GcmChampionListing>("gcm_champions"), c => c.Iso3 == "MAR");
    }
}
