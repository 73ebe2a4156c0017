using System.ComponentModel;

namespace OpenGcm.Api.States;

[Description("How a Member State voted on General Assembly resolution A/RES/73/195 (19 December 2018), which endorsed the Global Compact.")]
public enum GcmVote
{
    [Description("Voted in favour.")]
    Yes,

    [Description("Voted against.")]
    No,

    [Description("Abstained.")]
    Abstain,

    [Description("Did not take part in the recorded vote.")]
    NotVoting,
}
