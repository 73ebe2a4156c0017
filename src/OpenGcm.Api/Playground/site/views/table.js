// The answer as a sortable table: the text alternative of every chart and map.
import { formatValue, isNumeric } from './data.js';

/** Renders `table` into `container`; a header is a button that sorts by its column (again: reverse). */
export function renderTable(container, table, caption) {
  container.replaceChildren();
  if (table.rows.length === 0) {
    container.append(paragraph('The answer holds no rows.'));
    return;
  }
  const element = document.createElement('table');
  element.className = 'result-table';
  const captionElement = element.createCaption();
  captionElement.textContent = `${caption} (${formatValue(table.rows.length)} rows)`;
  const numeric = new Set(table.columns.filter((c) => isNumeric(table, c)));
  const head = element.createTHead().insertRow();
  const body = element.createTBody();
  const sort = { column: null, ascending: true };

  function fill() {
    const rows = [...table.rows];
    if (sort.column) {
      const column = sort.column;
      rows.sort((a, b) => compare(a.get(column), b.get(column)) * (sort.ascending ? 1 : -1));
    }
    body.replaceChildren(...rows.map((row) => {
      const tr = document.createElement('tr');
      table.columns.forEach((column) => {
        const td = tr.insertCell();
        td.textContent = formatValue(row.get(column), column);
        if (numeric.has(column)) { td.className = 'number'; }
      });
      return tr;
    }));
  }

  table.columns.forEach((column) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.setAttribute('aria-sort', 'none');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = column;
    button.title = `Sort by ${column}`;
    button.addEventListener('click', () => {
      sort.ascending = sort.column === column ? !sort.ascending : true;
      sort.column = column;
      head.querySelectorAll('th').forEach((cell) => cell.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
      fill();
    });
    th.append(button);
    if (numeric.has(column)) { th.className = 'number'; }
    head.append(th);
  });
  fill();
  container.append(element);
}

function compare(a, b) {
  if (a === null || a === undefined) { return b === null || b === undefined ? 0 : 1; }
  if (b === null || b === undefined) { return -1; }
  if (typeof a === 'number' && typeof b === 'number') { return a - b; }
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

export function paragraph(text, className = 'view-message') {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
