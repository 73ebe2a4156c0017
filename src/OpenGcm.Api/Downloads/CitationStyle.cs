using System.ComponentModel;

namespace OpenGcm.Api.Downloads;

[Description("A format for `Dataset.citation`.")]
public enum CitationStyle
{
    [Description("A plain-text reference followed by the sources' attributions, one per line.")]
    Text,

    [Description("A BibTeX `@misc` entry keyed `opengcm_{version}`.")]
    Bibtex,

    [Description("CSL-JSON (an array of one `dataset` item), for Zotero, Pandoc and citeproc.")]
    CslJson,
}
