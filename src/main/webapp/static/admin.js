/*
 * Operators' page: polls GET /api/admin/status every 2 seconds and renders it.
 * The rendering is generic — each top-level key becomes a card, nested objects become
 * key/value tables and arrays of objects become tables — so fields the backend adds
 * later show up without changes here.
 */
import { showAccount } from './modules/account.js';
import { apiRequest } from './modules/api.js';
import { el } from './modules/dom.js';

const STATUS_URL = '/api/admin/status';
const REFRESH_MS = 2000;
const TIMEOUT_MS = 5000;

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const label = (key) => String(key).replaceAll('_', ' ');
// ISO-8601 instants as the server writes them (up to nanoseconds): shown as the reader's local time.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
// What the chart draws: the per-second rate of these counters over the last minutes.
const SERIES = [
  { name: 'received', read: (s) => s.ingest?.received },
  { name: 'triaged', read: (s) => s.triage?.messages },
  { name: 'rebuilt', read: (s) => (s.rebuild?.succeeded ?? 0) + (s.rebuild?.failed ?? 0) },
  { name: 'pushed', read: (s) => s.streams?.events_published },
];
const HISTORY = 150; // samples: five minutes at one every two seconds
const samples = [];

function formatInstant(iso) {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const today = new Date().toDateString() === when.toDateString();
  return el('time', { datetime: iso, title: iso },
    today ? when.toLocaleTimeString() : when.toLocaleString());
}

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
  if (typeof value === 'string' && INSTANT.test(value)) return formatInstant(value);
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

/** A line chart (SVG, no inline style) of the counters' rates over the samples kept. */
function chart() {
  const width = 720;
  const height = 160;
  const rates = SERIES.map((series) => samples.slice(1).map((sample, i) =>
    Math.max(0, (series.read(sample.status) ?? 0) - (series.read(samples[i].status) ?? 0))
      / Math.max(0.001, (sample.at - samples[i].at) / 1000)));
  const top = Math.max(1, ...rates.flat());
  const x = (i) => (i / (HISTORY - 1)) * width;
  const y = (rate) => height - (rate / top) * (height - 10);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'rate-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Rates per second over the last minutes; the top of the chart is ${formatNumber(top)}/s`);
  rates.forEach((points, s) => {
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
    const offset = HISTORY - 1 - points.length;
    line.setAttribute('points', points.map((rate, i) => `${x(offset + i).toFixed(1)},${y(rate).toFixed(1)}`).join(' '));
    line.setAttribute('class', `series series-${SERIES[s].name}`);
    svg.append(line);
  });
  const latest = rates.map((points) => points.at(-1) ?? 0);
  return el('section', { class: 'card card-wide', 'data-section': 'rates' },
    el('h2', {}, 'rates (per second, last minutes)'),
    svg,
    el('ul', { class: 'chart-legend' }, SERIES.map((series, i) =>
      el('li', { class: `legend-${series.name}` }, `${series.name}: ${formatNumber(latest[i])}/s`))),
    el('p', { class: 'chart-scale' }, `top of the chart: ${formatNumber(top)}/s`));
}

/** Dead letters, each with what an operator does about it. */
function deadLetterCard(letters, refresh) {
  const act = async (method, url) => {
    try {
      await apiRequest(method, url);
    } catch (error) {
      window.alert(error.message);
    }
    refresh();
  };
  const rows = letters.map((letter) => {
    const base = `/api/admin/dead-letters/${encodeURIComponent(letter.id)}`;
    return el('tr', {},
      el('td', { 'data-key': 'dead_letters.id' }, letter.id),
      el('td', {}, letter.from),
      el('td', { class: 'number' }, formatNumber(letter.deliveries ?? 0)),
      el('td', {}, Object.entries(letter).filter(([key]) => !['id', 'from', 'deliveries'].includes(key))
        .map(([key, value]) => `${key}=${value}`).join(', ')),
      el('td', { class: 'actions' },
        el('button', { type: 'button', class: 'button button-secondary', onclick: () => act('POST', `${base}/retry`) }, 'Retry'),
        el('button', { type: 'button', class: 'button button-secondary', onclick: () => act('DELETE', base) }, 'Discard')));
  });
  return el('section', { class: 'card card-wide', 'data-section': 'dead_letters' },
    el('h2', {}, 'dead letters'),
    letters.length === 0 ? el('p', { 'data-key': 'dead_letters' }, 'None: nothing is stuck.')
      : el('table', { class: 'kv-table' },
        el('thead', {}, el('tr', {}, ['id', 'from', 'deliveries', 'references', ''].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows)));
}

/** Objects whose values are objects (e.g. sources by name) and tables of records get the full width. */
function isWide(value) {
  return Array.isArray(value) || (isPlainObject(value) && Object.values(value).some(isPlainObject)
    && Object.values(value).filter(isPlainObject).some((inner) => Object.values(inner).some(isPlainObject)));
}

function render(container, status, refresh) {
  const entries = isPlainObject(status) ? Object.entries(status) : [['status', status]];
  container.replaceChildren(chart(), ...entries.map(([key, value]) => {
    if (key === 'dead_letters' && Array.isArray(value)) return deadLetterCard(value, refresh);
    const rendered = renderValue(value, key);
    return el('section', { class: isWide(value) ? 'card card-wide' : 'card', 'data-section': key },
      el('h2', {}, label(key)),
      typeof rendered === 'string' ? el('p', { 'data-key': key }, rendered) : rendered);
  }));
}

function start() {
  const container = document.getElementById('admin-status');
  const lastRefreshed = document.getElementById('last-refreshed');
  const errorLine = document.getElementById('admin-error');

  let timer = null;
  function refreshNow() {
    clearTimeout(timer);
    refresh();
  }

  async function refresh() {
    try {
      const status = await apiRequest('GET', STATUS_URL, undefined, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      samples.push({ at: Date.now(), status });
      if (samples.length > HISTORY) samples.shift();
      render(container, status, refreshNow);
      const now = new Date();
      lastRefreshed.replaceChildren(el('time', { datetime: now.toISOString() }, now.toLocaleTimeString()));
      errorLine.hidden = true;
    } catch (error) {
      // Keep the last figures on screen; the error line says they are not current.
      errorLine.textContent = `Could not fetch status: ${error.message}`;
      errorLine.hidden = false;
    } finally {
      // Schedule after completion rather than setInterval, so slow answers never pile up.
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_MS);
    }
  }

  refresh();
}

showAccount();
start(); // a module: it runs once the page is parsed
