using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Data;

/// The lookups by natural key as EF Core compiled queries: they skip EF's per-query expression
/// processing (funcletizing and cache lookup), which the profile showed as a large part of a lookup.
/// Each takes the request's cancellation token, so the request timeout can stop it.
public static class Lookups
{
    public static readonly Func<OpenGcmDbContext, string, CancellationToken, Task<State?>> State =
        EF.CompileAsyncQuery((OpenGcmDbContext db, string iso3, CancellationToken ct) => db.States.FirstOrDefault(s => s.Iso3 == iso3));

    public static readonly Func<OpenGcmDbContext, int, CancellationToken, Task<Objective?>> Objective =
        EF.CompileAsyncQuery((OpenGcmDbContext db, int number, CancellationToken ct) => db.Objectives.FirstOrDefault(o => o.Number == number));

    public static readonly Func<OpenGcmDbContext, string, CancellationToken, Task<Report?>> Report =
        EF.CompileAsyncQuery((OpenGcmDbContext db, string id, CancellationToken ct) => db.Reports.FirstOrDefault(r => r.Id == id));

    public static readonly Func<OpenGcmDbContext, string, CancellationToken, Task<ImrfSession?>> ImrfSession =
        EF.CompileAsyncQuery((OpenGcmDbContext db, string id, CancellationToken ct) => db.ImrfSessions.FirstOrDefault(s => s.Id == id));
}
