using OpenGcm.Api.Data;

namespace OpenGcm.Api.States;

/// data/gcm_votes.csv: each Member State's vote on A/RES/73/195, merged into its State row (no table of its own).
public sealed class GcmVotesFile : DataFile
{
    public override int Position => 40;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var stateByIso3 = reading.Keys<string, State>();
        var votes = reading.Csv("gcm_votes.csv", ["iso3", "vote", "note", "sources"], r =>
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
        });
        return new LoadedTable("gcm_votes", votes.Count, []);
    }
}
