// Reads `dataset { version release releasedOn citation }` in every style from a live server and parses the BibTeX
// with @retorquere/bibtex-parser (the parser of Better BibTeX for Zotero). Prints one JSON line.
import { parse } from '@retorquere/bibtex-parser';

const [url] = process.argv.slice(2);
const query = '{ dataset { version release releasedOn text: citation(style: TEXT) bibtex: citation(style: BIBTEX) csl: citation(style: CSL_JSON) } }';
const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
const { data, errors } = await response.json();
if (errors) {
  console.log(JSON.stringify({ errors }));
  process.exit(0);
}

const bib = parse(data.dataset.bibtex);
const csl = JSON.parse(data.dataset.csl);
console.log(JSON.stringify({
  version: data.dataset.version,
  release: data.dataset.release,
  releasedOn: data.dataset.releasedOn,
  bibtexErrors: bib.errors,
  entries: bib.entries.map((e) => ({ type: e.type, key: e.key, fields: e.fields })),
  csl,
}));
