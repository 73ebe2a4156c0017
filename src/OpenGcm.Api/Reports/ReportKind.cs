using System.ComponentModel;

namespace OpenGcm.Api.Reports;

[Description("What kind of document a report is.")]
public enum ReportKind
{
    [Description("A report of the UN Secretary-General on the Global Compact (the biennial reports requested in A/RES/73/195, and the 2017 report before it).")]
    SecretaryGeneralReport,

    [Description("A regional review of the Global Compact by a UN regional commission with the UN Network on Migration.")]
    RegionalReview,

    [Description("A State's voluntary review of its implementation of the Global Compact.")]
    VoluntaryNationalReview,

    [Description("The outcome of a conference or forum: the Compact as adopted at Marrakech, the IMRF Progress Declaration.")]
    OutcomeDocument,

    [Description("A General Assembly resolution on the Global Compact or its review.")]
    Resolution,
}
