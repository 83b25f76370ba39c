/*
 * Hubs page logic: lays out a hub's widgets, loads each widget's data and keeps
 * the widgets live through a single EventSource for the whole page.
 *
 * Widget views register themselves in Hubs.widgets (see static/widgets/*.js).
 * Everything that comes from the server reaches the page as text nodes or
 * attribute values built with Hubs.el, never as parsed HTML.
 */
'use strict';

window.Hubs = (() => {
  // Links from the server may only use these schemes; javascript:, data: etc. are dropped.
  const SAFE_URL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

  function safeUrl(value) {
    try {
      const url = new URL(String(value), document.baseURI);
      return SAFE_URL_PROTOCOLS.has(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  function appendChildren(node, children) {
    for (const child of children) {
      if (child == null || child === false) continue;
      if (Array.isArray(child)) appendChildren(node, child);
      else node.append(child instanceof Node ? child : String(child)); // strings become text nodes
    }
  }

  /**
   * Builds an element without ever parsing markup.
   *   attrs: set with setAttribute; null/undefined/false skip the attribute, true sets it empty;
   *          a function under an "on…" name becomes an event listener;
   *          href/src are kept only when they are http(s)/mailto URLs.
   *   children: strings and numbers become text nodes, nodes are appended,
   *          arrays are flattened, null/undefined/false are skipped.
   */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (value == null || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        node.addEventListener(name.slice(2), value);
      } else if (name === 'href' || name === 'src') {
        const url = safeUrl(value);
        if (url) node.setAttribute(name, url);
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    appendChildren(node, children);
    return node;
  }

  /** A <time> element showing an ISO-8601 instant in the reader's locale. */
  function time(iso) {
    const date = new Date(iso);
    const text = Number.isNaN(date.getTime())
      ? String(iso)
      : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return el('time', { datetime: iso, title: iso }, text);
  }

  return { widgets: {}, el, time };
})();

(() => {
  const { el } = Hubs;

  const RETRY_MIN_MS = 3000;
  const RETRY_MAX_MS = 30000;
  const CONNECTION_LABELS = { live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline' };

  // Used for widget types without a registered view: the raw data, as text.
  const fallbackView = {
    render(body, widget) {
      body.append(el('pre', { class: 'widget-raw' }, JSON.stringify(widget.data, null, 2)));
    },
  };

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return response.json();
  }

  function loadingIndicator() {
    return el('div', { class: 'widget-loading', role: 'status' },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading…');
  }

  function startHubPage() {
    const body = document.body;
    const api = `/api/hubs/${encodeURIComponent(body.dataset.hub)}`;
    const columns = {
      left: document.getElementById('column-left'),
      right: document.getElementById('column-right'),
    };
    const description = document.getElementById('hub-description');
    const pageError = document.getElementById('hub-error');
    const indicator = document.getElementById('connection-state');

    let lastEventId = body.dataset.since ?? '';
    // Last widget object rendered (or its layout entry before that), by widget id.
    const known = new Map();
    // Per-widget counter bumped whenever a newer version is requested or pushed, so that
    // a slow GET response can never overwrite fresher data that arrived in the meantime.
    const generations = new Map();
    let layoutGeneration = 0;

    const section = (id) => document.getElementById(`widget-${id}`);

    function nextGeneration(id) {
      const generation = (generations.get(id) ?? 0) + 1;
      generations.set(id, generation);
      return generation;
    }

    function showPageError(message) {
      pageError.textContent = message ?? '';
      pageError.hidden = !message;
    }

    // ---- layout -------------------------------------------------------------------------

    function createSection(widget) {
      const id = String(widget.id);
      return el('section', {
        class: 'widget',
        id: `widget-${id}`,
        'data-widget-id': id,
        'data-widget-type': widget.type,
        'data-state': 'loading',
        'data-render-count': 0,
        'aria-busy': 'true',
        onanimationend: (event) => {
          if (event.animationName === 'widget-flash') event.currentTarget.classList.remove('widget-flash');
        },
      },
      el('header', { class: 'widget-header' },
        el('h2', { class: 'widget-title' }, widget.label ?? widget.type),
        el('span', { class: 'widget-status' })),
      el('div', { class: 'widget-body' }, loadingIndicator()));
    }

    /** Places one section per widget in layout order; returns the ids of sections it created. */
    function renderLayout(hub) {
      const text = hub.settings?.description;
      description.textContent = text ?? '';
      description.hidden = !text;

      const widgets = [...(hub.widgets ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      const wanted = new Set(widgets.map((widget) => String(widget.id)));
      for (const old of document.querySelectorAll('section.widget')) {
        if (!wanted.has(old.dataset.widgetId)) {
          old.remove();
          known.delete(old.dataset.widgetId);
          generations.delete(old.dataset.widgetId);
        }
      }

      const added = [];
      for (const widget of widgets) {
        const id = String(widget.id);
        let node = section(id);
        if (node) {
          node.querySelector('.widget-title').textContent = widget.label ?? widget.type;
          known.set(id, { ...known.get(id), label: widget.label, config: widget.config });
        } else {
          node = createSection(widget);
          known.set(id, { ...widget, state: 'loading', data: null });
          added.push(id);
        }
        // Appending in sorted order moves existing sections into place too.
        (widget.column === 'right' ? columns.right : columns.left).append(node);
      }
      return added;
    }

    /** Fetches and renders the layout; returns the ids of new widgets, or null if it did not apply. */
    async function loadLayout() {
      const generation = ++layoutGeneration;
      try {
        const hub = await getJson(api);
        if (generation !== layoutGeneration) return null; // a newer layout request is under way
        showPageError(null);
        return renderLayout(hub);
      } catch (error) {
        if (generation === layoutGeneration) showPageError(`Could not load this hub: ${error.message}`);
        return null;
      }
    }

    async function refreshLayout() {
      const added = await loadLayout();
      for (const id of added ?? []) refreshWidget(id);
    }

    async function refreshEverything() {
      await loadLayout();
      for (const node of document.querySelectorAll('section.widget')) refreshWidget(node.dataset.widgetId);
    }

    // ---- widgets ------------------------------------------------------------------------

    function notice(error, updatedAt) {
      return el('p', { class: 'widget-notice', role: 'status' },
        `Could not refresh: ${error.message ?? 'unknown error'}`,
        updatedAt ? [' — showing data from ', Hubs.time(updatedAt)] : null);
    }

    function content(widget) {
      const box = el('div', { class: 'widget-content' });
      try {
        (Hubs.widgets[widget.type] ?? fallbackView).render(box, widget);
      } catch (error) {
        console.error(`Rendering widget ${widget.id} (${widget.type}) failed`, error);
        box.replaceChildren(el('p', { class: 'widget-notice' }, 'This widget could not be displayed.'));
      }
      return box;
    }

    function flash(node) {
      node.classList.remove('widget-flash');
      void node.offsetWidth; // forces a reflow so the animation restarts if it is still running
      node.classList.add('widget-flash');
    }

    function renderWidget(widget, { highlight = false } = {}) {
      const id = String(widget.id);
      const node = section(id);
      if (!node) return;
      known.set(id, widget);

      const hasData = widget.data != null;
      const error = widget.error ?? (widget.state === 'error' ? { message: 'unknown error' } : null);

      node.dataset.state = widget.state ?? '';
      node.dataset.widgetType = widget.type;
      if (widget.updated_at) node.dataset.updatedAt = widget.updated_at;
      else delete node.dataset.updatedAt;
      node.dataset.renderCount = String(Number(node.dataset.renderCount ?? 0) + 1);
      node.setAttribute('aria-busy', String(widget.state === 'loading'));
      node.querySelector('.widget-title').textContent = widget.label ?? widget.type;
      node.querySelector('.widget-status').textContent =
        widget.state === 'loading' && hasData ? 'Refreshing…' : '';

      const parts = [];
      if (error) parts.push(notice(error, hasData ? widget.updated_at : null));
      if (hasData) parts.push(content(widget));
      else if (!error) {
        parts.push(widget.state === 'loading' ? loadingIndicator() : el('p', { class: 'widget-empty' }, 'No data yet.'));
      }
      node.querySelector('.widget-body').replaceChildren(...parts);

      if (highlight) flash(node);
    }

    async function refreshWidget(id, options) {
      const generation = nextGeneration(id);
      let widget;
      try {
        widget = await getJson(`${api}/widgets/${encodeURIComponent(id)}`);
      } catch (error) {
        // Keep whatever is shown and say why it could not be refreshed.
        const last = known.get(id);
        if (last && generations.get(id) === generation) {
          renderWidget({ ...last, state: 'error', error: { message: error.message } }, options);
        }
        return;
      }
      if (generations.get(id) === generation) renderWidget(widget, options);
    }

    // ---- live updates -------------------------------------------------------------------

    function setConnection(state) {
      indicator.dataset.state = state;
      indicator.querySelector('.connection-label').textContent = CONNECTION_LABELS[state];
    }

    function onWidgetUpdated(payload) {
      const id = String(payload.widget_id ?? payload.widget?.id);
      if (!section(id)) {
        refreshLayout(); // our layout is older than this widget
      } else if (payload.widget) {
        nextGeneration(id);
        renderWidget(payload.widget, { highlight: true });
      } else {
        refreshWidget(id, { highlight: true });
      }
    }

    let retryDelay = RETRY_MIN_MS;

    function connect() {
      const query = lastEventId ? `?since=${encodeURIComponent(lastEventId)}` : '';
      const source = new EventSource(`${api}/events${query}`);

      source.addEventListener('open', () => {
        retryDelay = RETRY_MIN_MS;
        setConnection('live');
      });
      source.addEventListener('error', () => {
        if (source.readyState === EventSource.CONNECTING) {
          setConnection('reconnecting'); // the browser retries by itself, sending Last-Event-ID
        } else if (source.readyState === EventSource.CLOSED) {
          // The browser gave up (e.g. an HTTP error status): retry ourselves, with back-off.
          setConnection('offline');
          setTimeout(connect, retryDelay);
          retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
        }
      });

      const on = (type, handler) => source.addEventListener(type, (event) => {
        if (event.lastEventId) lastEventId = event.lastEventId;
        let payload;
        try {
          payload = event.data ? JSON.parse(event.data) : {};
        } catch {
          console.warn(`Ignoring ${type} event with malformed data`, event.data);
          return;
        }
        handler(payload);
      });
      on('widget.updated', onWidgetUpdated);
      on('widget.added', refreshLayout);
      on('widget.removed', refreshLayout);
      on('resync', refreshEverything);
    }

    refreshEverything();
    connect();
  }

  // This file is loaded with defer, so DOMContentLoaded is still ahead: by then the widget
  // view scripts deferred after it have registered too. Only hub pages have data-hub (the
  // admin page loads this file just for Hubs.el).
  document.addEventListener('DOMContentLoaded', () => {
    if (document.body.dataset.hub !== undefined) startHubPage();
  });
})();
