/*
 * Hubs page logic: lays out a hub's widgets, loads each widget's data and keeps
 * the widgets live through a single EventSource for the whole page. In edit mode
 * (the header's "Edit hub" button) widgets can be added, configured, moved and
 * removed through the REST API; the changes reach every open page as live events.
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
   *          a function under an "on…" name becomes an event listener; any other "on…" value is
   *          refused (it would be inline script);
   *          href/src are kept only when they are http(s)/mailto URLs.
   *   children: strings and numbers become text nodes, nodes are appended,
   *          arrays are flattened, null/undefined/false are skipped.
   */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (value == null || value === false) continue;
      if (/^on/i.test(name)) {
        if (typeof value !== 'function') throw new TypeError(`Hubs.el refuses the inline handler attribute "${name}"`);
        node.addEventListener(name.slice(2).toLowerCase(), value);
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

  /** A refused API call; `problem` is the server's problem+json document, when it sent one. */
  class ApiError extends Error {
    constructor(status, problem) {
      super(problem?.detail ?? problem?.title ?? `the server answered ${status}`);
      this.status = status;
      this.problem = problem;
    }
  }

  async function problemOf(response) {
    if (!/json/.test(response.headers.get('Content-Type') ?? '')) return null;
    try {
      return await response.json();
    } catch {
      return null;
    }
  }

  /** Sends `body` (if any) as JSON; resolves to the JSON answer, or null when there is none (204). */
  async function sendJson(method, url, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    return response.status === 204 ? null : response.json();
  }

  function loadingIndicator() {
    return el('div', { class: 'widget-loading', role: 'status' },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading…');
  }

  // ---- generated configuration forms ------------------------------------------------------

  // Parameter types with a matching input type; the others (string, username…) are plain text.
  const INPUT_TYPES = { email: 'email', integer: 'number', boolean: 'checkbox', url: 'url' };

  /** Label, input, help and an (empty) error slot for one parameter; `value` is a config string. */
  function parameterField(idPrefix, parameter, value) {
    const id = `${idPrefix}-${parameter.name}`;
    const checkbox = parameter.type === 'boolean';
    const help = parameter.help ? el('p', { class: 'field-help', id: `${id}-help` }, parameter.help) : null;
    return el('div', { class: checkbox ? 'field field-checkbox' : 'field' },
      el('label', { for: id }, parameter.label),
      el('input', {
        id,
        type: INPUT_TYPES[parameter.type] ?? 'text',
        name: parameter.name,
        value: checkbox ? null : (value ?? ''),
        checked: checkbox && value === 'true',
        // A required checkbox would have to be ticked; a boolean always has a value.
        required: parameter.required && !checkbox,
        'aria-describedby': help ? `${id}-help ${id}-error` : `${id}-error`,
      }),
      help,
      el('p', { class: 'field-error', id: `${id}-error`, 'data-field': parameter.name, role: 'alert' }));
  }

  /** The form's values as the API takes them: every parameter, as a string. */
  function formConfig(form, parameters) {
    const config = {};
    for (const { name } of parameters) {
      const input = form.elements.namedItem(name);
      config[name] = input.type === 'checkbox' ? String(input.checked) : input.value;
    }
    return config;
  }

  function clearProblem(form) {
    for (const message of form.querySelectorAll('.field-error, .form-error')) message.textContent = '';
    form.querySelector('.form-error').hidden = true;
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  }

  /** Puts the server's per-field messages next to their fields, and anything else above the buttons. */
  function showProblem(form, error) {
    const slots = new Map([...form.querySelectorAll('.field-error')].map((slot) => [slot.dataset.field, slot]));
    const unmatched = [];
    let matched = false;
    for (const [name, message] of Object.entries(error.problem?.errors ?? {})) {
      const slot = slots.get(name);
      if (slot) {
        slot.textContent = message;
        form.elements.namedItem(name).setAttribute('aria-invalid', 'true');
        matched = true;
      } else {
        unmatched.push(`${name}: ${message}`); // e.g. "type", which has no field of its own
      }
    }
    const general = error.problem ? error.message : `Could not save: ${error.message}`;
    const formError = form.querySelector('.form-error');
    formError.textContent = [matched ? null : general, ...unmatched].filter(Boolean).join(' ');
    formError.hidden = !formError.textContent;
    form.querySelector('[aria-invalid="true"]')?.focus();
  }

  /**
   * A form with one field per parameter of a widget type. `onSubmit(config)` is awaited; when it
   * throws, the server's validation messages are shown. `novalidate`: the browser's own checks
   * would hide the server's messages, which are the ones that count.
   */
  function configForm({ idPrefix, parameters, valueOf, submitLabel, onSubmit, onCancel }) {
    const submit = el('button', { type: 'submit', class: 'button form-submit' }, submitLabel);
    const form = el('form', {
      class: 'widget-config-form',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearProblem(form);
        submit.disabled = true;
        try {
          await onSubmit(formConfig(form, parameters));
        } catch (error) {
          showProblem(form, error);
        } finally {
          submit.disabled = false;
        }
      },
    },
    parameters.map((parameter) => parameterField(idPrefix, parameter, valueOf(parameter))),
    el('p', { class: 'form-error', role: 'alert', hidden: true }),
    el('div', { class: 'form-actions' },
      submit,
      onCancel ? el('button', { type: 'button', class: 'button button-secondary form-cancel', onclick: onCancel }, 'Cancel') : null));
    return form;
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
    const editToggle = document.getElementById('edit-toggle');
    const typeSelect = document.getElementById('add-widget-type');
    const addDetails = document.getElementById('add-widget-details');
    const addError = document.getElementById('add-widget-error');

    let lastEventId = body.dataset.since ?? '';
    // Last widget object rendered (or its layout entry before that), by widget id.
    const known = new Map();
    // Per-widget counter bumped whenever a newer version is requested or pushed, so that
    // a slow GET response can never overwrite fresher data that arrived in the meantime.
    const generations = new Map();
    let layoutGeneration = 0;
    // The hub's settings as last loaded: they prefill the add form.
    let hubSettings = {};

    const section = (id) => document.getElementById(`widget-${id}`);
    const widgetUrl = (id) => `${api}/widgets/${encodeURIComponent(id)}`;
    const columnOf = (widget) => (widget.column === 'right' ? 'right' : 'left');

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
      editTools(id),
      el('div', { class: 'widget-config' }),
      el('div', { class: 'widget-body' }, loadingIndicator()));
    }

    /** Places one section per widget in layout order; returns the ids of sections it created. */
    function renderLayout(hub) {
      hubSettings = hub.settings ?? {};
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
          const { label, config, column, index } = widget;
          known.set(id, { ...known.get(id), label, config, column, index });
        } else {
          node = createSection(widget);
          known.set(id, { ...widget, state: 'loading', data: null });
          added.push(id);
        }
        // Where the widget is laid out, so that a pushed move can be noticed (see renderWidget).
        node.dataset.column = columnOf(widget);
        node.dataset.index = String(widget.index ?? 0);
        // Appending in sorted order moves existing sections into place too.
        columns[columnOf(widget)].append(node);
      }
      syncEditTools();
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
      // A move (here or in another browser) arrives as an update of the widget itself.
      if (misplaced(node, widget)) refreshLayout();
    }

    /** Whether the widget's column or index is not where the layout put it. */
    function misplaced(node, widget) {
      return (widget.column != null && columnOf(widget) !== node.dataset.column)
        || (widget.index != null && String(widget.index) !== node.dataset.index);
    }

    async function refreshWidget(id, options) {
      const generation = nextGeneration(id);
      let widget;
      try {
        widget = await getJson(widgetUrl(id));
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

    // ---- edit mode: adding a widget ---------------------------------------------------------

    let catalogue = null; // promise of the widget types by name, once first asked for

    function widgetTypes() {
      if (!catalogue) {
        catalogue = getJson('/api/widget-types').then((types) => new Map(types.map((type) => [type.name, type])));
        catalogue.catch(() => { catalogue = null; }); // a failed load is tried again next time
      }
      return catalogue;
    }

    function setEditing(editing) {
      body.dataset.editing = String(editing);
      editToggle.textContent = editing ? 'Done' : 'Edit hub';
      if (editing) {
        fillTypeSelect();
      } else {
        // Leaving edit mode cancels any open configuration form.
        for (const box of document.querySelectorAll('.widget-config')) box.replaceChildren();
      }
    }

    /** Lists the catalogue in the "Add a widget" select (the first option is the "Choose…" prompt). */
    async function fillTypeSelect() {
      if (typeSelect.options.length > 1) return;
      const prompt = typeSelect.options[0];
      addError.hidden = true;
      typeSelect.disabled = true;
      try {
        const types = await widgetTypes();
        typeSelect.replaceChildren(prompt,
          ...[...types.values()].map((type) => el('option', { value: type.name }, type.label)));
      } catch (error) {
        addError.textContent = `Could not load the widget catalogue: ${error.message}`;
        addError.hidden = false;
      } finally {
        typeSelect.disabled = false;
      }
    }

    async function showAddForm() {
      const name = typeSelect.value;
      const type = name ? (await widgetTypes()).get(name) : null;
      if (typeSelect.value !== name) return; // another type was chosen meanwhile
      addDetails.replaceChildren(...(type ? [
        el('p', { class: 'add-widget-description' }, type.description),
        configForm({
          idPrefix: 'add-widget-field',
          parameters: type.parameters,
          // A hub setting (e.g. the hub's Bugzilla address) comes before the type's own default.
          valueOf: (parameter) => hubSettings[parameter.hub_setting] ?? parameter.default,
          submitLabel: 'Add',
          onSubmit: (config) => addWidget(type, config),
        }),
      ] : []));
    }

    function resetAddPanel() {
      typeSelect.value = '';
      addDetails.replaceChildren();
    }

    async function addWidget(type, config) {
      const widget = await sendJson('POST', `${api}/widgets`, { type: type.name, config, column: type.column });
      resetAddPanel();
      await refreshLayout();
      section(widget.id)?.scrollIntoView({ block: 'nearest' });
    }

    // ---- edit mode: a widget's toolbar ------------------------------------------------------

    function editTools(id) {
      const tool = (className, label, action) => el('button', {
        type: 'button',
        class: `tool-button ${className}`,
        onclick: (event) => runTool(id, action, event.currentTarget),
      }, label);
      return el('div', { class: 'widget-edit-tools edit-only', role: 'group', 'aria-label': 'Edit this widget' },
        tool('widget-configure', 'Configure', () => openConfigForm(id)),
        tool('widget-move-up', 'Move up', () => moveWithinColumn(id, -1)),
        tool('widget-move-down', 'Move down', () => moveWithinColumn(id, 1)),
        tool('widget-move-column', 'Move to other column', () => moveToOtherColumn(id)),
        tool('widget-remove', 'Remove', () => removeWidget(id)),
        el('p', { class: 'widget-edit-error', role: 'alert', hidden: true }));
    }

    /** Runs a toolbar action: the widget's tools wait for it, and a failure is said in the toolbar. */
    async function runTool(id, action, button) {
      const node = section(id);
      const message = node.querySelector('.widget-edit-error');
      message.hidden = true;
      node.dataset.editBusy = 'true';
      syncEditTools();
      try {
        await action();
      } catch (error) {
        message.textContent = `Could not change this widget: ${error.message}`;
        message.hidden = false;
      } finally {
        delete node.dataset.editBusy;
        syncEditTools();
        // Disabling the button, or moving its section, took the keyboard focus away from it.
        if (document.activeElement === document.body) button.focus();
      }
    }

    /** Disables every tool of a widget with a change under way, and moves past a column's ends. */
    function syncEditTools() {
      for (const column of Object.values(columns)) {
        const nodes = [...column.children];
        nodes.forEach((node, position) => {
          const busy = node.dataset.editBusy === 'true';
          for (const button of node.querySelectorAll('.tool-button')) button.disabled = busy;
          node.querySelector('.widget-move-up').disabled ||= position === 0;
          node.querySelector('.widget-move-down').disabled ||= position === nodes.length - 1;
        });
      }
    }

    /** Ids of the widgets laid out in a column, top to bottom. */
    const idsIn = (column) => [...columns[column].children].map((node) => node.dataset.widgetId);

    /**
     * Gives the widgets of `column`, in the order of `ids`, the indices 0, 1, 2…. The server only
     * sorts by index and never renumbers, so swapping two indices fails when they tie (after
     * moves between columns) — numbering the column does not. Only widgets whose place changes are
     * patched: two for a swap in an already numbered column, one for a move to its end.
     */
    async function placeInOrder(column, ids) {
      for (const [index, id] of ids.entries()) {
        const node = section(id);
        if (node && (node.dataset.column !== column || node.dataset.index !== String(index))) {
          await sendJson('PATCH', widgetUrl(id), { column, index });
        }
      }
      await refreshLayout();
    }

    function moveWithinColumn(id, step) {
      const column = section(id).dataset.column;
      const ids = idsIn(column);
      const from = ids.indexOf(id);
      const to = from + step;
      if (to < 0 || to >= ids.length) return null;
      [ids[from], ids[to]] = [ids[to], ids[from]];
      return placeInOrder(column, ids);
    }

    function moveToOtherColumn(id) {
      const column = section(id).dataset.column === 'right' ? 'left' : 'right';
      return placeInOrder(column, [...idsIn(column), id]);
    }

    async function removeWidget(id) {
      const title = section(id).querySelector('.widget-title').textContent;
      if (!window.confirm(`Remove “${title}” from this hub?`)) return;
      await sendJson('DELETE', widgetUrl(id));
      await refreshLayout();
    }

    // ---- edit mode: configuring a widget -----------------------------------------------------

    async function openConfigForm(id) {
      const types = await widgetTypes();
      const widget = known.get(id); // read after the wait: a push may have brought a newer config
      const type = types.get(widget.type);
      if (!type) throw new Error(`this server has no widget type '${widget.type}'`);
      const box = section(id).querySelector('.widget-config');
      box.replaceChildren(configForm({
        idPrefix: `widget-${id}-field`,
        parameters: type.parameters,
        valueOf: (parameter) => widget.config?.[parameter.name] ?? parameter.default,
        submitLabel: 'Save',
        onSubmit: (config) => saveConfig(id, config),
        onCancel: () => box.replaceChildren(),
      }));
      box.querySelector('input')?.focus();
    }

    async function saveConfig(id, config) {
      const seen = generations.get(id);
      const widget = await sendJson('PATCH', widgetUrl(id), { config });
      section(id)?.querySelector('.widget-config').replaceChildren();
      // The answer reads "loading" until the data for the new configuration is built and pushed.
      // A push or fetch that started meanwhile is at least as new, so then the answer is dropped;
      // otherwise it wins over any older fetch still under way.
      if (generations.get(id) === seen) {
        nextGeneration(id);
        renderWidget(widget);
      }
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

    editToggle.addEventListener('click', () => setEditing(body.dataset.editing !== 'true'));
    // Only those who may change the hub see the edit mode (the server decides, and enforces it again on every change).
    editToggle.hidden = body.dataset.canEdit !== 'true';
    typeSelect.addEventListener('change', showAddForm);

    refreshEverything();
    connect();
  }

  // This file is loaded with defer, so DOMContentLoaded is still ahead: by then the widget
  // view scripts deferred after it have registered too. Only hub pages have data-hub (the
  // admin page loads this file just for Hubs.el).
  document.addEventListener('DOMContentLoaded', () => {
    showAccount();
    if (document.body.dataset.hub !== undefined) startHubPage();
  });

  /**
   * The header's account corner on every page: who is signed in, with a sign-out button (a POST:
   * signing out changes state), or a sign-in link.
   */
  async function showAccount() {
    const header = document.querySelector('.site-header');
    if (!header) return;
    const corner = el('span', { id: 'account', class: 'account' });
    header.append(corner);
    const response = await fetch('/api/me', { headers: { Accept: 'application/json' }, cache: 'no-store' }).catch(() => null);
    if (response?.ok) {
      const me = await response.json();
      corner.replaceChildren(
        el('a', { class: 'account-name', href: `/u/${encodeURIComponent(me.name)}/` }, `Signed in as ${me.name}`),
        el('form', { method: 'post', action: '/logout', class: 'account-form' },
          el('button', { type: 'submit', class: 'button button-secondary' }, 'Sign out')));
      document.body.dataset.signedIn = me.name;
    } else {
      corner.replaceChildren(el('a', { class: 'button', href: '/login', id: 'sign-in' }, 'Sign in'));
    }
    document.dispatchEvent(new CustomEvent('hubs:account'));
  }
})();
