// The schema stability check (docs/SCHEMA-CHANGES.md): compares schema.graphql with the last released schema
// (the newest file in schema/released/) using graphql-js's findBreakingChanges. Additions pass; a breaking change
// (a removed or retyped field, argument, enum value or type; a new required argument) fails unless the policy's
// steps are recorded in the changes file's table: the element was deprecated in the released schema, and its row
// gives a deprecation date at least 6 months before the removal date.
// Usage: node schema-check.mjs [--current schema.graphql] [--released schema/released] [--changes docs/SCHEMA-CHANGES.md]
// Exit code 0 when every breaking change is recorded, 1 otherwise; one line per change, then a summary.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges, BreakingChangeType } from 'graphql';

const root = resolve(import.meta.dirname, '..', '..');
const options = { current: join(root, 'schema.graphql'), released: join(root, 'schema', 'released'), changes: join(root, 'docs', 'SCHEMA-CHANGES.md') };
for (let i = 2; i < process.argv.length; i += 2) {
  options[process.argv[i].replace(/^--/, '')] = resolve(process.argv[i + 1]);
}

const releasedFile = statSync(options.released).isDirectory()
  ? join(options.released, readdirSync(options.released).filter((f) => f.endsWith('.graphql')).sort().at(-1))
  : options.released;
const released = buildSchema(readFileSync(releasedFile, 'utf8'));
const current = buildSchema(readFileSync(options.current, 'utf8'));
const records = readRecords(readFileSync(options.changes, 'utf8'));
const sixMonthsInDays = 182;

let unrecorded = 0;
for (const change of findBreakingChanges(released, current)) {
  const record = records.find((r) => r.tokens.every((t) => new RegExp(`(^|[^A-Za-z0-9_])${t}([^A-Za-z0-9_]|$)`).test(change.description)));
  const problem = !record ? 'not recorded in the changes table'
    : !(record.days >= sixMonthsInDays) ? `kept ${record.days} days after deprecation; the policy asks for ${sixMonthsInDays}`
      : deprecatable(change) && !deprecatedIn(released, record.coordinate) ? `${record.coordinate} is not @deprecated in ${releasedFile}`
        : null;
  if (problem) {
    unrecorded++;
  }
  console.log(`${problem ? 'BREAKING' : 'recorded'} ${change.type}: ${change.description}${problem ? ` (${problem})` : ''}`);
}

for (const change of findDangerousChanges(released, current)) {
  console.log(`dangerous ${change.type}: ${change.description}`);
}

console.log(`schema check against ${releasedFile.slice(root.length + 1)}: ${unrecorded === 0 ? 'no unrecorded breaking change' : `${unrecorded} unrecorded breaking change(s)`}`);
process.exit(unrecorded === 0 ? 0 : 1);

/// Rows of the table under "## Breaking changes": | `Type.field` | deprecated on | removed on | reason |
function readRecords(markdown) {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Breaking changes')) ?? '';
  return section.split('\n')
    .map((line) => line.match(/^\|\s*`([^`]+)`\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|/))
    .filter(Boolean)
    .map(([, coordinate, deprecatedOn, removedOn]) => ({
      coordinate,
      tokens: coordinate.split(/[.():]+/).filter(Boolean),
      days: (Date.parse(removedOn) - Date.parse(deprecatedOn)) / 86_400_000,
    }));
}

function deprecatable(change) {
  return [BreakingChangeType.FIELD_REMOVED, BreakingChangeType.VALUE_REMOVED_FROM_ENUM, BreakingChangeType.ARG_REMOVED,
    BreakingChangeType.FIELD_CHANGED_KIND, BreakingChangeType.ARG_CHANGED_KIND].includes(change.type);
}

/// `Type.field`, `Type.field(arg:)` or `Enum.VALUE` carries @deprecated in the released schema.
function deprecatedIn(schema, coordinate) {
  const [, typeName, member, arg] = coordinate.match(/^([^.]+)\.([^(]+)(?:\(([^:)]+):?\))?$/) ?? [];
  const type = schema.getType(typeName ?? '');
  if (!type) {
    return false;
  }
  if (typeof type.getValues === 'function') {
    return Boolean(type.getValue(member)?.deprecationReason);
  }
  const field = type.getFields?.()[member];
  return Boolean(arg ? field?.args?.find((a) => a.name === arg)?.deprecationReason : field?.deprecationReason);
}
