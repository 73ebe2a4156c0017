using System.ComponentModel;

namespace OpenGcm.Api.ImrfSessions;

[Description("The part of a review forum a session is.")]
public enum ImrfSessionKind
{
    [Description("The informal interactive multi-stakeholder hearing held before the Forum.")]
    Hearing,

    [Description("The opening of the Forum.")]
    Opening,

    [Description("One of the four interactive multi-stakeholder round tables, each on a cluster of objectives.")]
    RoundTable,

    [Description("The policy debate, opened by summaries of the round tables.")]
    PolicyDebate,

    [Description("A plenary meeting (general debate).")]
    Plenary,

    [Description("The closing plenary, where the Progress Declaration is adopted.")]
    Closing,

    [Description("A preparatory event on the way to the Forum (briefings).")]
    Preparatory,
}
