using System.ComponentModel;

namespace OpenGcm.Api.ImrfSessions;

[Description("How much the sources say about a session: whether it is a record or an expectation.")]
public enum ImrfSessionStatus
{
    [Description("A source records that the session took place.")]
    Held,

    [Description("A source announced the session; no record that it took place was found.")]
    Announced,

    [Description("Not a record: the session the format fixed by the General Assembly (A/RES/73/326) leads one to expect. Never present it as held.")]
    ExpectedPerFormat,
}
