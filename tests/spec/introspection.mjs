// graphql-js's introspection query with every option switched on, against a live server; the schema it
// describes, printed by graphql-js, must equal schema.graphql printed by graphql-js (both sides through
// the same printer, so only presentation is normalised). Prints one JSON line: {errors, equal, diff}.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [url, schemaFile] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (body.errors?.length || !body.data) {
  console.log(JSON.stringify({ status: response.status, errors: body.errors ?? ['no data'], equal: false }));
  process.exit(0);
}

const live = printSchema(buildClientSchema(body.data));
const file = printSchema(buildSchema(readFileSync(schemaFile, 'utf8')));
const liveLines = live.split('\n');
const fileLines = file.split('\n');
const first = liveLines.findIndex((line, i) => line !== fileLines[i]);
const diff = first < 0 && liveLines.length === fileLines.length ? null
  : { line: first, live: liveLines.slice(Math.max(0, first - 2), first + 3), file: fileLines.slice(Math.max(0, first - 2), first + 3) };
console.log(JSON.stringify({
  status: response.status,
  errors: [],
  equal: diff === null,
  diff,
  description: body.data.__schema.description ?? null,
  directives: body.data.__schema.directives.map((d) => `${d.name}${d.isRepeatable ? ' repeatable' : ''}`),
}));
