using System.ComponentModel;

namespace OpenGcm.Api.States;

[Description("A State's standing at the United Nations.")]
public enum UnStatus
{
    [Description("One of the 193 Member States of the United Nations.")]
    Member,

    [Description("A non-member observer State of the General Assembly (the Holy See, the State of Palestine).")]
    Observer,
}
