using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Data;

/// The lookups by natural key as EF Core compiled queries: they skip EF's per-query expression
/// processing (funcletizing and cache lookup), which the profile showed as a large part of a lookup.
public static class Lookups
{
    public static readonly Func<OpenGcmDbContext, string, Task<State?>> State =
        EF.CompileAsyncQuery((OpenGcmDbContext db, string iso3) => db.States.FirstOrDefault(s => s.Iso3 == iso3));

    public static readonly Func<OpenGcmDbContext, int, Task<Objective?>> Objective =
        EF.CompileAsyncQuery((OpenGcmDbContext db, int number) => db.Objectives.FirstOrDefault(o => o.Number == number));

    public static readonly Func<OpenGcmDbContext, string, Task<Report?>> Report =
        EF.CompileAsyncQuery((OpenGcmDbContext db, string id) => db.Reports.FirstOrDefault(r => r.Id == id));

    public static readonly Func<OpenGcmDbContext, string, Task<ImrfSession?>> ImrfSession =
        EF.CompileAsyncQuery((OpenGcmDbContext db, string id) => db.ImrfSessions.FirstOrDefault(s => s.Id == id));
}
