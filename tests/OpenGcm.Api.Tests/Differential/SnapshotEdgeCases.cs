namespace OpenGcm.Api.Tests.Differential;

/// Queries for the cases where an in-memory engine most easily parts from SQLite, which the rest of the corpus
/// touches little: missing values in sort keys, case and accents in text operations and ordering, enums ordered
/// by stored name, `last`, cursors, empty `in`, lists filtered with all/none/any, text of other scripts. They are
/// part of the corpus because they are string literals of this test project (SnapshotDifferentialTests reads them).
public static class SnapshotEdgeCases
{
    public static readonly string[] Queries =
    [
        "{ states(order: [{migrantStock2020: ASC}], first: 12) { nodes { iso3 migrantStock2020 } } }",
        "{ states(order: [{migrantShare2020: DESC}], last: 12) { nodes { iso3 migrantShare2020 } } }",
        "{ reports(order: [{year: ASC}, {publishedOn: DESC}], first: 60) { nodes { key year publishedOn } } }",
        "{ reports(order: [{state: {name: ASC}}]) { nodes { key state { name } } } }",
        "{ reports(order: [{state: {unStatus: DESC}}, {state: {migrantStock2020: ASC}}]) { nodes { key } } }",
        "{ imrfSessions(order: [{date: DESC}, {number: ASC}]) { nodes { key date number } } }",
        "{ states(order: [{gcmVote: ASC}, {unStatus: DESC}, {region: DESC}], first: 200) { nodes { iso3 } } }",
        "{ reports(order: [{kind: DESC}]) { nodes { key kind } } imrfSessions(order: [{kind: ASC}]) { nodes { key kind } } }",
        "{ areas(order: [{name: ASC}], first: 200) { nodes { iso3 name } } }",
        "{ reports(order: [{title: ASC}]) { nodes { key title } } areas(order: [{name: DESC}], first: 30) { nodes { name } } }",
        "{ areas(order: [{name: DESC}], after: \"bzoxOTA\") { nodes { name } } states(order: [{name: DESC}], first: 30) { nodes { name } } }",
        "{ states(where: {name: {contains: \"land\"}}) { nodes { name } } b: states(where: {name: {contains: \"Land\"}}) { nodes { name } } }",
        "{ states(where: {name: {startsWith: \"a\"}}) { totalCount } b: states(where: {name: {endsWith: \"IA\"}}) { totalCount } }",
        "{ states(where: {name: {eq: \"hungary\"}}) { totalCount } b: states(where: {name: {eqIgnoreCase: \"HUNGARY\"}}) { nodes { iso3 } } }",
        "{ states(where: {name: {containsIgnoreCase: \"TÜRK\"}}) { nodes { name } } b: states(where: "
            + "{name: {containsIgnoreCase: \"türk\"}}) { nodes { name } } }",
        "{ areas(where: {name: {startsWithIgnoreCase: \"Å\"}}) { nodes { name } } b: areas(where: "
            + "{name: {startsWithIgnoreCase: \"å\"}}) { nodes { name } } }",
        "{ states(where: {names: {fr: {short: {contains: \"é\"}}}}) { totalCount } b: states(where: "
            + "{names: {ru: {short: {startsWith: \"Р\"}}}}) { totalCount } }",
        "{ states(where: {name: {contains: \"\"}}) { totalCount } b: states(where: {intermediateRegion: {startsWith: \"\"}}) { totalCount } }",
        "{ states(where: {name: {contains: \"😀\"}}) { totalCount } b: states(where: {name: {nendsWith: \"a\"}}) { totalCount } }",
        "{ states(where: {intermediateRegion: {eq: null}}) { totalCount } b: states(where: {intermediateRegion: {neq: null}}) { totalCount } }",
        "{ states(where: {intermediateRegion: {ncontains: \"Africa\"}}) { totalCount } b: states(where: {gcmVote: {neq: YES}}) { totalCount } }",
        "{ states(where: {gcmVote: {in: []}}) { totalCount } b: states(where: {gcmVote: {nin: []}}) { "
            + "totalCount } c: states(where: {iso3: {in: []}}) { totalCount } }",
        "{ states(where: {gcmVote: {eq: null}}) { nodes { iso3 } } b: states(where: {gcmVote: {in: [NO, ABSTAIN]}}) { totalCount } }",
        "{ states(where: {migrantStock2020: {ngt: 100000}}) { totalCount } b: states(where: {migrantStock2020: {nlt: 100000}}) { totalCount } }",
        "{ states(where: {migrantShare2020: {gte: 10.5, lt: 50}}) { totalCount } b: reports(where: {year: {nlte: 2020}}) { totalCount } }",
        "{ reports(where: {publishedOn: {gte: \"2020-01-01\"}, verifiedOn: {neq: null}}) { nodes { key publishedOn } } }",
        "{ reports(where: {objectives: {all: {number: {gte: 10}}}}) { totalCount } b: reports(where: {objectives: {any: false}}) { totalCount } }",
        "{ reports(where: {objectives: {none: {number: {in: [1, 2]}}}}) { totalCount } b: "
            + "objectives(where: {reports: {some: {year: {eq: null}}}}) { totalCount } }",
        "{ reports(where: {state: {region: {eq: \"Africa\"}}}) { nodes { key } } b: reports(where: {state: {}}) { totalCount } }",
        "{ states(where: {gcmChampion: {}}) { totalCount } b: states(where: {gcmChampion: {confidence: "
            + "{eq: \"high\"}}, reports: {any: true}}) { totalCount } }",
        "{ states(where: {or: []}) { totalCount } b: states(where: {and: [], region: {or: [{eq: \"Asia\"}, {eq: \"Oceania\"}]}}) { totalCount } }",
        "{ states(last: 3) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { iso3 } } }",
        "{ states(last: 5, before: \"bzoxMA\") { pageInfo { hasNextPage hasPreviousPage startCursor } edges { cursor node { iso3 } } } }",
        "{ states(first: 3, after: \"bzoxOTM\") { pageInfo { hasNextPage endCursor } nodes { iso3 } } b: "
            + "states(after: \"bzoxMDAw\") { totalCount nodes { iso3 } } }",
        "{ states(first: 5, before: \"bzoz\") { nodes { iso3 } } b: states(last: 4, after: \"bzoxOTA\") "
            + "{ nodes { iso3 } } c: states(first: 0) { totalCount } }",
        "{ states(last: 2, after: \"bzow\", before: \"bzo1\") { pageInfo { hasPreviousPage hasNextPage } nodes { iso3 } } }",
        "{ objective(number: 7) { reports(last: 2) { totalCount pageInfo { hasPreviousPage hasNextPage startCursor } nodes { key } } } }",
        "{ objective(number: 1) { reports(last: 3, before: \"bzo1\") { pageInfo { hasNextPage } nodes { key } "
            + "} a: reports(first: 2, after: \"bzox\") { nodes { key } } } }",
        "{ objectives { nodes { number reports(last: 0) { totalCount } b: reports(first: 1, before: \"bzow\") { nodes { key } } } } }",
        "{ objectives { nodes { number reports(where: {kind: {eq: VOLUNTARY_NATIONAL_REVIEW}}, order: "
            + "[{year: DESC}], first: 3) { nodes { key year } } } } }",
        "{ states(first: 200) { nodes { iso3 reports(last: 1, after: \"bzow\") { totalCount nodes { key } } } } }",
        "{ report(id: \"vnr-alb-1\") { objectives(where: {number: {in: [1, 2, 23]}}, order: [{title: DESC}]) { number } } }",
        "{ imrfSessions { nodes { key objectives(order: [{label: ASC}]) { number } } } "
            + "objective(number: 3) { imrfSessions(order: [{date: DESC}]) { key } } }",
        "{ states { groupBy(field: GCM_CHAMPION) { key count } } reports { groupBy(field: OBJECTIVE) { key count } } }",
        "{ objectives { groupBy(field: IMRF_SESSION) { key count } } reports(where: {year: {gt: 2019}}) { groupBy(field: STATE) { key count } } }",
        "{ areas(where: {ldc: {eq: true}}, order: [{region: DESC}]) { totalCount groupBy(field: "
            + "SUB_REGION) { key count } nodes { iso3 state { iso3 } } } }",
        "{ reports(search: \"regional review\") { totalCount nodes { key } } b: reports(search: "
            + "\"migra*\", order: [{key: DESC}]) { nodes { key } } }",
        "{ reports(search: \"review\", where: {kind: {neq: RESOLUTION}}, last: 3) { nodes { key } } c: "
            + "reports(search: \"\\\"unterminated\") { totalCount } }",
        "{ state(iso3: \" hun \") { name } b: state(iso3: \"XXX\") { name } area(iso3: \"xcx\") { name state { name } } }",
        "{ node(id: \"U3RhdGU6SFVO\") { id ... on State { name } } report(id: \"sg-a-75-542\") { "
            + "title state { name } } objective(number: 24) { title } }",
        "{ states(first: 2, last: 2) { totalCount } b: states(first: -1) { totalCount } c: states(after: \"nope\") { totalCount } }",
        "{ states(where: {name: null}) { totalCount } b: states(where: {name: {startsWith: null}}) { "
            + "totalCount } c: states(order: [{}]) { totalCount } }",
        "{ migrantStock(first: 3) { nodes { destination { name } origin { name region } } } "
            + "missingMigrants(first: 3) { nodes { country { name } origins { name } } } }",
        "{ displacement(first: 3) { nodes { origin { iso3 state { name } } asylum { names { en { short } } } } } }",
        "{ state(iso3: \"HUN\") { area { name } names { fr { short } } gcmChampion { confidence } "
            + "reports { nodes { key } } } guidingPrinciples { key letter } }",
    ];
}
