// The answer as a world map: rows with an M49 code colour their country (a category such as the
// vote, or a number in five steps); rows with latitude and longitude are points. Natural Earth's
// countries (world-atlas, ids are ISO 3166 numeric = UN M49) and d3-geo are served by OpenGcm.
import { escapeXml, formatValue, isNumeric, leaf, pickColumn } from './data.js';
import { CATEGORY_COLOURS, NO_DATA, SEQUENTIAL_COLOURS, VOTE_COLOURS, figure } from './svg.js';

const KEYS = ['m49', 'iso3', 'iso2', 'id', 'name', 'latitude', 'longitude', 'lat', 'lon', 'lng', 'title', 'key'];
const BOUNDARY_NOTE = 'Boundaries: Natural Earth (public domain). The boundaries and names shown do not imply endorsement or acceptance '
  + 'by OpenGcm or the United Nations.';

/** What to draw: { areas, points, valueColumn, legend } or { message }. */
export function mapSpec(table, question = {}) {
  const m49 = table.columns.find((c) => leaf(c) === 'm49');
  const latitude = table.columns.find((c) => ['latitude', 'lat'].includes(leaf(c)));
  const longitude = table.columns.find((c) => ['longitude', 'lon', 'lng'].includes(leaf(c)));
  if (!m49 && !(latitude && longitude)) {
    return { message: 'A map needs States or Areas with their m49 code, or records with latitude and longitude: add them to the question.' };
  }
  const name = table.columns.find((c) => ['name', 'title'].includes(leaf(c)));
  const valueColumn = pickColumn(table, question.value, (c) => !KEYS.includes(leaf(c)) && !/\.(url|title)$/.test(c));
  const numeric = valueColumn !== null && isNumeric(table, valueColumn);
  const values = table.rows.map((r) => (valueColumn ? r.get(valueColumn) : null));
  const colour = numeric ? numberColours(values) : categoryColours(values, valueColumn);
  const areas = new Map();
  const points = [];
  table.rows.forEach((row) => {
    const value = valueColumn ? row.get(valueColumn) : null;
    const entry = { name: name ? row.get(name) : '', value, fill: colour.of(value) };
    if (m49 && row.get(m49) !== null) { areas.set(String(row.get(m49)).padStart(3, '0'), entry); }
    const [lat, lon] = [latitude && row.get(latitude), longitude && row.get(longitude)];
    if (typeof lat === 'number' && typeof lon === 'number') { points.push({ ...entry, lat, lon }); }
  });
  return { areas, points, valueColumn, numeric, legend: colour.legend };
}

function categoryColours(values, column) {
  const present = values.filter((v) => v !== null && v !== undefined);
  const isVote = column && leaf(column) === 'gcmVote';
  const order = Object.keys(VOTE_COLOURS);
  const categories = [...new Set(present.map(String))].sort((a, b) => (isVote ? order.indexOf(a) - order.indexOf(b) : 0));
  const palette = new Map(categories.map((c, i) => [c, (isVote && VOTE_COLOURS[c]) || CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]]));
  if (!column) { palette.set('in the answer', CATEGORY_COLOURS[0]); }
  return {
    of: (v) => (column ? palette.get(String(v)) ?? NO_DATA : CATEGORY_COLOURS[0]),
    legend: [...palette].map(([label, fill]) => ({ label, fill, count: column ? present.filter((v) => String(v) === label).length : values.length })),
  };
}

function numberColours(values) {
  const numbers = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  // Five classes of (about) equal counts, so a few large values do not wash out the rest.
  const breaks = [1, 2, 3, 4].map((k) => numbers[Math.min(numbers.length - 1, Math.floor((k * numbers.length) / 5))]);
  const of = (v) => (typeof v === 'number' ? SEQUENTIAL_COLOURS[breaks.filter((b) => v >= b).length] : NO_DATA);
  const bounds = [numbers[0], ...breaks, numbers[numbers.length - 1]];
  const legend = SEQUENTIAL_COLOURS.map((fill, i) => ({ label: `${formatValue(bounds[i])} to ${i < 4 ? 'under ' : ''}${formatValue(bounds[i + 1])}`, fill }));
  return { of, legend };
}

/** The map as a stand-alone SVG: countries, points, legend, boundary note and source line. */
export function mapSvg(spec, meta, world, libs) {
  const width = 960;
  const mapHeight = 470;
  const projection = libs.d3.geoEqualEarth().fitExtent([[10, 40], [width - 10, 40 + mapHeight]], { type: 'Sphere' });
  const path = libs.d3.geoPath(projection);
  const countries = libs.topojson.feature(world, world.objects.countries).features;
  const unit = meta.units ? ` ${meta.units}` : '';
  let body = `<path d="${path({ type: 'Sphere' })}" fill="#f4f8fb" stroke="#c8d3dc"/>`;
  countries.forEach((country) => {
    const entry = spec.areas.get(String(country.id ?? ''));
    const label = entry ? `${entry.name || country.properties.name}: ${formatValue(entry.value, spec.valueColumn ?? '')}${unit}` : country.properties.name;
    body += `<path class="area${entry ? ' in-answer' : ''}" d="${path(country)}" fill="${entry ? entry.fill : NO_DATA}" stroke="#ffffff" stroke-width="0.5"`
      + ` data-m49="${escapeXml(country.id ?? '')}"${entry ? ` data-value="${escapeXml(entry.value ?? '')}"` : ''}><title>${escapeXml(label)}</title></path>`;
  });
  spec.points.forEach((p) => {
    const [x, y] = projection([p.lon, p.lat]);
    body += `<circle class="point" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" fill="${p.fill}" fill-opacity="0.75" stroke="#111" stroke-width="0.4">`
      + `<title>${escapeXml(p.name || `${p.lat}, ${p.lon}`)}${p.value !== null ? `: ${escapeXml(formatValue(p.value, spec.valueColumn ?? ''))}${unit}` : ''}`
      + '</title></circle>';
  });
  const legendTop = 40 + mapHeight + 16;
  const legendTitle = spec.valueColumn ? `${leaf(spec.valueColumn)}${meta.units ? ` (${meta.units})` : ''}` : 'In the answer';
  let legend = `<text x="12" y="${legendTop}" font-size="13" font-weight="bold" fill="#111">${escapeXml(legendTitle)}</text>`;
  const items = [...spec.legend, { label: spec.points.length && !spec.areas.size ? 'country' : 'no data / not in the answer', fill: NO_DATA }];
  items.forEach((item, i) => {
    const x = 12 + (i % 4) * 236;
    const y = legendTop + 10 + Math.floor(i / 4) * 22;
    const count = item.count !== undefined ? ` (${formatValue(item.count)})` : '';
    legend += `<g class="legend-item" data-label="${escapeXml(item.label)}">`
      + `<rect x="${x}" y="${y}" width="16" height="14" fill="${item.fill}" stroke="#888" stroke-width="0.5"/>`
      + `<text x="${x + 22}" y="${y + 12}" font-size="12" fill="#111">${escapeXml(item.label)}${count}</text></g>`;
  });
  const legendHeight = 16 + 22 * Math.ceil(items.length / 4);
  const noteY = legendTop + legendHeight + 8;
  body += legend + `<text x="12" y="${noteY}" font-size="11" fill="#555" class="boundary-note">${escapeXml(BOUNDARY_NOTE)}</text>`;
  const description = `World map of ${spec.areas.size} countries${spec.points.length ? ` and ${spec.points.length} points` : ''}`
    + (spec.valueColumn ? ` coloured by ${spec.valueColumn}` : '') + '. The table view lists every value.';
  return figure({ title: meta.title, description, source: meta.source, kind: 'map', width, height: noteY + 6, body });
}
