import { createHash } from 'node:crypto';

/**
 * The report's only script: makes `table.sortable` headers clickable. Tables are complete without it (rows are
 * already in a useful order), so a viewer with scripts off loses only sorting. Numeric cells carry
 * `data-sort` so "12 345" sorts as a number. Kept as plain ES2017 text: it runs in the reader's browser.
 */
export const SORT_SCRIPT = `
(function () {
  'use strict';
  function key(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) return numeric ? 0 : '';
    var raw = cell.getAttribute('data-sort');
    if (raw === null) raw = cell.textContent || '';
    return numeric ? Number(raw) || 0 : raw.trim().toLowerCase();
  }
  function sortBy(table, th, index) {
    var numeric = th.classList.contains('num');
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index, numeric), y = key(b, index, numeric);
      var order = numeric ? x - y : String(x).localeCompare(String(y));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    if (!table.tHead || !table.tHead.rows[0]) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, th, index); });
    });
  });
})();
`;

/** CSP source expression allowing exactly this text (hash of the bytes between the tags). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
