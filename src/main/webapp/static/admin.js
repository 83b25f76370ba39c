/*
 * Operators' page: polls GET /api/admin/status every 2 seconds and renders it.
 * The rendering is generic — each top-level key becomes a card, nested objects become
 * key/value tables and arrays of objects become tables — so fields the backend adds
 * later show up without changes here.
 */
'use strict';

(() => {
  const { el } = Hubs;

  const STATUS_URL = '/api/admin/status';
  const REFRESH_MS = 2000;
  const TIMEOUT_MS = 5000;

  const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const label = (key) => String(key).replaceAll('_', ' ');

  function formatNumber(value) {
    return value.toLocaleString(undefined, { maximumFractionDigits: 3 });
  }

  /** Renders any JSON value; `path` (dotted keys) goes into data-key attributes for lookup. */
  function renderValue(value, path) {
    if (value == null) return '—';
    if (typeof value === 'number') return formatNumber(value);
    if (Array.isArray(value)) {
      return value.length > 0 && value.every(isPlainObject)
        ? recordsTable(value, path)
        : value.map((item) => (isPlainObject(item) ? JSON.stringify(item) : String(item))).join(', ') || '—';
    }
    if (isPlainObject(value)) return keyValueTable(value, path);
    return String(value);
  }

  function cell(value, path) {
    return el('td', { class: typeof value === 'number' ? 'number' : null, 'data-key': path },
      renderValue(value, path));
  }

  function keyValueTable(object, path) {
    const entries = Object.entries(object);
    if (entries.length === 0) return '—';
    return el('table', { class: 'kv-table' },
      el('tbody', {}, entries.map(([key, value]) => {
        const childPath = path ? `${path}.${key}` : key;
        return el('tr', {}, el('th', { scope: 'row', title: key }, label(key)), cell(value, childPath));
      })));
  }

  /** An array of objects (e.g. queues): one row per object, one column per key seen in any. */
  function recordsTable(records, path) {
    const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
    return el('table', { class: 'kv-table' },
      el('thead', {}, el('tr', {}, columns.map((key) => el('th', { scope: 'col', title: key }, label(key))))),
      el('tbody', {}, records.map((record, i) =>
        el('tr', {}, columns.map((key) => cell(record[key], `${path}.${i}.${key}`))))));
  }

  function render(container, status) {
    const entries = isPlainObject(status) ? Object.entries(status) : [['status', status]];
    container.replaceChildren(...entries.map(([key, value]) => {
      const rendered = renderValue(value, key);
      // Tables of records (e.g. queues) have many columns: give them the full width.
      const wide = Array.isArray(value) && typeof rendered !== 'string';
      return el('section', { class: wide ? 'card card-wide' : 'card', 'data-section': key },
        el('h2', {}, label(key)),
        typeof rendered === 'string' ? el('p', { 'data-key': key }, rendered) : rendered);
    }));
  }

  function start() {
    const container = document.getElementById('admin-status');
    const lastRefreshed = document.getElementById('last-refreshed');
    const errorLine = document.getElementById('admin-error');

    async function refresh() {
      try {
        const response = await fetch(STATUS_URL, {
          headers: { Accept: 'application/json' },
          cache: 'no-store',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        render(container, await response.json());
        const now = new Date();
        lastRefreshed.replaceChildren(el('time', { datetime: now.toISOString() }, now.toLocaleTimeString()));
        errorLine.hidden = true;
      } catch (error) {
        // Keep the last figures on screen; the error line says they are not current.
        errorLine.textContent = `Could not fetch status: ${error.message}`;
        errorLine.hidden = false;
      } finally {
        // Schedule after completion rather than setInterval, so slow answers never pile up.
        setTimeout(refresh, REFRESH_MS);
      }
    }

    refresh();
  }

  start(); // loaded with defer: the page is parsed by now
})();
