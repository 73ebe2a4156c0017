// Pages through `states` with the types graphql-codegen generated from the live schema, builds typed rows, and
// prints one JSON line: how many rows, how many per vote, and the summed 2020 migrant stock.
import { print } from 'graphql';
import { StatesPageDocument } from './generated/graphql.js';
const url = process.argv[2] ?? 'http://localhost:5000/graphql';
async function request(document, variables) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json());
    if (!response.ok || body.errors?.length || !body.data) {
        throw new Error(`${response.status}: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
}
const rows = [];
let after = null;
let totalCount = 0;
do {
    const page = await request(StatesPageDocument, { first: 50, after });
    const states = page.states;
    totalCount = states.totalCount;
    rows.push(...(states.nodes ?? []));
    after = states.pageInfo.hasNextPage ? states.pageInfo.endCursor ?? null : null;
} while (after !== null);
const byVote = {};
for (const state of rows) {
    const vote = state.gcmVote ?? 'null';
    byVote[vote] = (byVote[vote] ?? 0) + 1;
}
const migrantStock2020 = rows.reduce((sum, s) => sum + (s.migrantStock2020 ?? 0), 0);
console.log(JSON.stringify({ client: 'typescript', rows: rows.length, totalCount, byVote, migrantStock2020 }));
