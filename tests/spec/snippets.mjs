// Loads the playground's cite-and-code.js outside a browser and prints, as one JSON line, the "Copy as code"
// snippets (curl, python, r, javascript) for a query and its variables: the tests run each of them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';

const [url, query, variables] = process.argv.slice(2);
const file = resolve(import.meta.dirname, '..', '..', 'src', 'OpenGcm.Api', 'Playground', 'site', 'cite-and-code.js');
const context = vm.createContext({});
vm.runInContext(readFileSync(file, 'utf8'), context);
const vars = variables ? JSON.parse(variables) : undefined;
const languages = ['curl', 'python', 'r', 'javascript'];
console.log(JSON.stringify(Object.fromEntries(languages.map((l) => [l, context.OpenGcmCode.snippet(l, url, query, vars)]))));
