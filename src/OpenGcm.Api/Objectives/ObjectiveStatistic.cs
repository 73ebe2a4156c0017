namespace OpenGcm.Api.Objectives;

/// A statistics table served here that speaks to an objective, and the root field that serves it.
public sealed record ObjectiveStatistic(int Objective, string Table, string RootField, string Why)
{
    /// The links OpenGcm draws from the Compact to its numbers (editorial, stated in `why`).
    public static readonly IReadOnlyList<ObjectiveStatistic> All =
    [
        new(1, "migrant_stock_ims2024", "migrantStock",
            "Objective 1 commits States to accurate and disaggregated data on migration; UN DESA's migrant stock by origin, destination and sex "
            + "is the reference estimate of who migrants are and where they live."),
        new(8, "missing_migrants", "missingMigrants",
            "Objective 8 commits States to save lives and to coordinated international efforts on missing migrants; IOM's Missing Migrants "
            + "Project records the deaths and disappearances on migration routes."),
    ];
}
