// One entry point for the three views, shared by the playground and the embed page.
import { toTable } from './data.js';
import { chartSpec, chartSvg } from './chart.js';
import { mapSpec, mapSvg } from './map.js';
import { paragraph, renderTable } from './table.js';

export const VIEWS = ['table', 'chart', 'map'];
const DEFAULT_SOURCE = 'Source: OpenGcm, open data on the Global Compact for Migration; every fact lists its sources, licences in dataset { licences }.';

let world = null;

/** Natural Earth's countries at 1:110m (about 100 KB), fetched once from this server. */
export async function loadWorld() {
  world ??= fetch('/playground/vendor/countries-110m.json').then((r) => r.json());
  return world;
}

export function sourceLine(question) {
  return question?.source ? `Source: ${question.source}. Via OpenGcm.` : DEFAULT_SOURCE;
}

/**
 * Draws `data` (a GraphQL answer's data) as `view` into `container`; returns the figure's SVG for
 * export (null for the table or a message). Charts and maps get the table as their text alternative.
 */
export async function renderView(container, view, data, question = {}) {
  const table = toTable(data);
  const meta = { title: question.title || 'OpenGcm answer', units: question.units, labelTitle: question.labelTitle, source: sourceLine(question) };
  container.replaceChildren();
  if (view === 'table') {
    renderTable(container, table, meta.title);
    return null;
  }
  const spec = view === 'chart' ? chartSpec(table, question) : mapSpec(table, question);
  if (spec.message) {
    container.append(paragraph(spec.message));
    return null;
  }
  const svg = view === 'chart' ? chartSvg(spec, meta) : mapSvg(spec, meta, await loadWorld(), { d3: window.d3, topojson: window.topojson });
  const holder = document.createElement('div');
  holder.className = 'figure-holder';
  holder.innerHTML = svg;
  container.append(holder);
  const alternative = document.createElement('details');
  alternative.className = 'text-alternative';
  const summary = document.createElement('summary');
  summary.textContent = 'The same data as a table';
  const tableHolder = document.createElement('div');
  renderTable(tableHolder, table, meta.title);
  alternative.append(summary, tableHolder);
  container.append(alternative);
  return svg;
}
