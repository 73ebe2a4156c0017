// The answer as a chart: counts (groupBy), aggregates and other label/number lists as horizontal
// bars; a year series as a line. Hand-written SVG, so it exports as it is shown.
import { escapeXml, formatValue, isNumeric, leaf, pickColumn } from './data.js';
import { figure, niceScale } from './svg.js';

const BAR = '#0072B2';
const LABELS = ['key', 'name', 'title', 'label', 'symbol'];
const IDENTIFIERS = ['number', 'id', 'm49'];

/** What to draw: { kind: 'bar' | 'line', labelColumn, valueColumn, points } or { message }. */
export function chartSpec(table, question = {}) {
  const numeric = table.columns.filter((c) => isNumeric(table, c));
  const year = numeric.find((c) => leaf(c) === 'year');
  const wanted = numeric.includes(question.value) ? question.value : null;
  const valueColumn = pickColumn(table, wanted, (c) => numeric.includes(c) && c !== year && !IDENTIFIERS.includes(leaf(c)));
  if (!valueColumn) {
    return countBy(table, question) ?? { message: 'This answer has no numbers to chart: ask for a count (groupBy) or a numeric field, or see the table.' };
  }
  if (year && table.fromList) {
    const points = table.rows.filter((r) => typeof r.get(year) === 'number' && typeof r.get(valueColumn) === 'number')
      .map((r) => ({ label: r.get(year), value: r.get(valueColumn) })).sort((a, b) => a.label - b.label);
    return { kind: 'line', labelColumn: year, valueColumn, points };
  }
  if (!table.fromList) {
    // One object (aggregates): each number is a bar, named by its column.
    const row = table.rows[0];
    return { kind: 'bar', labelColumn: 'field', valueColumn: 'value', points: numeric.map((c) => ({ label: c, value: row.get(c) })) };
  }
  const strings = table.columns.filter((c) => !numeric.includes(c));
  const labelColumn = pickColumn(table, question.label, (c) => LABELS.includes(leaf(c)) && strings.includes(c)) ?? strings[0];
  const points = table.rows.filter((r) => typeof r.get(valueColumn) === 'number')
    .map((r) => ({ label: labelColumn ? formatValue(r.get(labelColumn)) || '(none)' : '', value: r.get(valueColumn) }));
  return { kind: 'bar', labelColumn: labelColumn ?? '', valueColumn, points };
}

/** Without numbers, a column whose values repeat (a region, a vote) is counted: one bar per value. */
function countBy(table, question) {
  if (!table.fromList || table.rows.length < 2) { return null; }
  const repeats = (c) => {
    const values = table.rows.map((r) => r.get(c));
    const distinct = new Set(values).size;
    return distinct < values.length && distinct <= 12 && values.every((v) => v === null || typeof v === 'string');
  };
  const column = pickColumn(table, question.value, (c) => repeats(c) && !c.includes('.')) ?? null;
  if (!column || !repeats(column)) { return null; }
  const counts = new Map();
  table.rows.forEach((r) => { const key = r.get(column) ?? '(none)'; counts.set(key, (counts.get(key) ?? 0) + 1); });
  const points = [...counts].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return { kind: 'bar', labelColumn: column, valueColumn: 'rows', points };
}

/** The chart as a stand-alone SVG with title, axis labels, units and source line. */
export function chartSvg(spec, meta) {
  const unit = meta.units ? ` (${meta.units})` : '';
  const valueTitle = `${leaf(spec.valueColumn)}${unit}`;
  const description = `${spec.kind === 'line' ? 'Line' : 'Bar'} chart of ${spec.valueColumn} by ${spec.labelColumn}: `
    + spec.points.map((p) => `${p.label} ${formatValue(p.value, spec.valueColumn)}`).join(', ') + '.';
  const common = { title: meta.title, description, source: meta.source, kind: spec.kind };
  const labelled = { ...spec, axis: meta.labelTitle || leaf(spec.labelColumn) };
  return spec.kind === 'line' ? lineChart(labelled, valueTitle, common) : barChart(labelled, valueTitle, common);
}

function barChart(spec, valueTitle, common) {
  const width = 760;
  const labelWidth = Math.min(280, 16 + 6.6 * Math.max(4, ...spec.points.map((p) => String(p.label).length)));
  const top = 56;
  const rowHeight = 28;
  const plotWidth = width - labelWidth - 90;
  const scale = niceScale(Math.max(0, ...spec.points.map((p) => p.value)));
  const plotHeight = rowHeight * spec.points.length;
  const x = (v) => labelWidth + (Math.max(0, v) / scale.max) * plotWidth;
  let body = '';
  for (let t = 0; t <= scale.max + 1e-9; t += scale.step) {
    body += `<line x1="${x(t)}" x2="${x(t)}" y1="${top - 4}" y2="${top + plotHeight}" stroke="#e5e5e5"/>`
      + `<text x="${x(t)}" y="${top + plotHeight + 16}" font-size="12" text-anchor="middle" fill="#444">${formatValue(t)}</text>`;
  }
  spec.points.forEach((p, i) => {
    const y = top + i * rowHeight;
    body += `<g class="bar" data-label="${escapeXml(p.label)}" data-value="${p.value}">`
      + `<text x="${labelWidth - 8}" y="${y + 18}" font-size="13" text-anchor="end" fill="#111">${escapeXml(p.label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 4}" width="${Math.max(1, x(p.value) - labelWidth)}" height="${rowHeight - 8}" fill="${BAR}">`
      + `<title>${escapeXml(p.label)}: ${formatValue(p.value, spec.valueColumn)}</title></rect>`
      + `<text x="${x(p.value) + 6}" y="${y + 18}" font-size="13" fill="#111">${formatValue(p.value, spec.valueColumn)}</text></g>`;
  });
  body += `<text x="${labelWidth + plotWidth / 2}" y="${top + plotHeight + 36}" font-size="13" text-anchor="middle" fill="#111" class="axis-label">`
    + `${escapeXml(valueTitle)}</text>`
    + `<text x="12" y="${top - 10}" font-size="13" fill="#111" font-style="italic" class="axis-label">`
    + `${escapeXml(spec.axis)}</text>`;
  return figure({ ...common, width, height: top + plotHeight + 50, body });
}

function lineChart(spec, valueTitle, common) {
  const width = 760;
  const height = 380;
  const left = 90;
  const top = 56;
  const plotWidth = width - left - 40;
  const plotHeight = height - top - 70;
  const scale = niceScale(Math.max(0, ...spec.points.map((p) => p.value)));
  const years = spec.points.map((p) => p.label);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const x = (year) => left + (last === first ? plotWidth / 2 : ((year - first) / (last - first)) * plotWidth);
  const y = (value) => top + plotHeight - (value / scale.max) * plotHeight;
  let body = '';
  for (let t = 0; t <= scale.max + 1e-9; t += scale.step) {
    body += `<line x1="${left}" x2="${left + plotWidth}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/>`
      + `<text x="${left - 8}" y="${y(t) + 4}" font-size="12" text-anchor="end" fill="#444">${formatValue(t)}</text>`;
  }
  years.forEach((year) => {
    body += `<text x="${x(year)}" y="${top + plotHeight + 18}" font-size="12" text-anchor="middle" fill="#444">${year}</text>`;
  });
  body += `<polyline fill="none" stroke="${BAR}" stroke-width="2.5" points="${spec.points.map((p) => `${x(p.label)},${y(p.value)}`).join(' ')}"/>`;
  spec.points.forEach((p) => {
    body += `<circle class="point" cx="${x(p.label)}" cy="${y(p.value)}" r="4" fill="${BAR}" data-label="${p.label}" data-value="${p.value}">`
      + `<title>${p.label}: ${formatValue(p.value, spec.valueColumn)}</title></circle>`;
  });
  body += `<text x="${left + plotWidth / 2}" y="${top + plotHeight + 44}" font-size="13" text-anchor="middle" fill="#111" class="axis-label">`
    + `${escapeXml(spec.axis)}</text>`
    + `<text transform="translate(18 ${top + plotHeight / 2}) rotate(-90)" font-size="13" text-anchor="middle" fill="#111" class="axis-label">`
    + `${escapeXml(valueTitle)}</text>`;
  return figure({ ...common, width, height, body });
}
