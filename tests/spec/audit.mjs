// The GraphQL-over-HTTP audit of graphql-http against a live server. Prints one JSON line with the
// MUST and SHOULD counts and every audit that did not pass, with its reason.
import { auditServer } from 'graphql-http';

const [url] = process.argv.slice(2);
const results = await auditServer({ url });
const count = (level) => {
  const of = results.filter((r) => r.id && r.name.startsWith(level));
  return { ok: of.filter((r) => r.status === 'ok').length, total: of.length };
};
const problems = [];
for (const r of results.filter((r) => r.status !== 'ok')) {
  problems.push({ name: r.name, status: r.status, reason: r.reason, response: r.response ? await describe(r.response) : null });
}
console.log(JSON.stringify({ must: count('MUST'), should: count('SHOULD'), may: count('MAY'), problems }));

async function describe(response) {
  let body = '';
  try { body = (await response.clone().text()).slice(0, 300); } catch { body = '(unread)'; }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}
