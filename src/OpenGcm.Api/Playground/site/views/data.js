// The answer as rows and columns, the way the server's CSV flattens it: the first list of the
// answer, one row per item, nested objects as dotted columns, lists' values joined.

/** The first list in the answer, depth first in field order (as CsvResult.FirstList on the server). */
export function firstList(node) {
  if (Array.isArray(node)) { return node; }
  if (node && typeof node === 'object') {
    for (const value of Object.values(node)) {
      const list = firstList(value);
      if (list) { return list; }
    }
  }
  return null;
}

function flattenInto(node, path, cells) {
  if (Array.isArray(node)) {
    node.forEach((item) => flattenInto(item, path, cells));
  } else if (node && typeof node === 'object') {
    Object.entries(node).forEach(([name, value]) => flattenInto(value, path ? `${path}.${name}` : name, cells));
  } else {
    if (!cells.has(path)) { cells.set(path, []); }
    if (node !== null && node !== undefined) { cells.get(path).push(node); }
  }
}

/**
 * { columns, rows, fromList }: rows are Maps from column to a value (a string when a list held
 * several). An answer without a list (a single object, aggregates) becomes one row.
 */
export function toTable(data) {
  const list = firstList(data);
  const items = list ?? (data ? [data] : []);
  const flat = items.map((item) => { const cells = new Map(); flattenInto(item, '', cells); return cells; });
  const columns = [...new Set(flat.flatMap((cells) => [...cells.keys()]))];
  const rows = flat.map((cells) => new Map(columns.map((column) => {
    const values = cells.get(column) ?? [];
    return [column || 'value', values.length === 0 ? null : values.length === 1 ? values[0] : values.join('; ')];
  })));
  return { columns: columns.map((c) => c || 'value'), rows, fromList: list !== null };
}

export function isNumeric(table, column) {
  const values = table.rows.map((row) => row.get(column)).filter((v) => v !== null && v !== undefined);
  return values.length > 0 && values.every((v) => typeof v === 'number');
}

/** The last part of a dotted column name: `state.name` is `name`. */
export function leaf(column) { return column.split('.').pop(); }

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Numbers with thousands separators (1,234,567), everything else as text. Years stay as they are. */
export function formatValue(value, column = '') {
  if (typeof value === 'number') { return /year$/i.test(column) ? String(value) : numbers.format(value); }
  if (value === null || value === undefined) { return ''; }
  return String(value);
}

export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** A column chosen by the question (`value`), else the first that passes the test. */
export function pickColumn(table, wanted, test) {
  if (wanted) {
    const named = table.columns.find((c) => c === wanted || leaf(c) === wanted);
    if (named) { return named; }
  }
  return table.columns.find(test) ?? null;
}
