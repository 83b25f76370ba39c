/*
 * The widgets of a hub page, one <section> each: its title, state, data and notices. The data is
 * drawn by the widget type's view (see views.js); this module decides what to draw and when, so
 * that an older answer never overwrites newer data.
 */
import { el, time } from './dom.js';
import { apiRequest } from './api.js';
import { viewFor } from './views.js';

function loadingIndicator() {
  return el('div', { class: 'widget-loading', role: 'status' },
    el('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading…');
}

function notice(error, updatedAt) {
  return el('p', { class: 'widget-notice', role: 'status' },
    `Could not refresh: ${error.message ?? 'unknown error'}`,
    updatedAt ? [' — showing data from ', time(updatedAt)] : null);
}

function flash(node) {
  node.classList.remove('widget-flash');
  void node.offsetWidth; // forces a reflow so the animation restarts if it is still running
  node.classList.add('widget-flash');
}

export class WidgetSections {
  #hub;
  #apiPath;
  #toolsFor;
  #afterRender;
  // Last widget object received (or its layout entry before that), by widget id.
  #known = new Map();
  // The widget object whose data the view shows now, by widget id: `previous` for the view's update.
  #shown = new Map();
  // Per-widget counter bumped whenever a newer version is requested or pushed, so that
  // a slow GET response can never overwrite fresher data that arrived in the meantime.
  #generations = new Map();
  // Per-widget count of renders asked for: a render that waited for its view draws only if it is the last.
  #renders = new Map();

  /**
   * hub: the page's hub context, handed to the views; apiPath: the hub's API path;
   * toolsFor(id): the edit toolbar of a new section; afterRender(widget): called after each render.
   */
  constructor({ hub, apiPath, toolsFor, afterRender }) {
    this.#hub = hub;
    this.#apiPath = apiPath;
    this.#toolsFor = toolsFor;
    this.#afterRender = afterRender;
  }

  section(id) {
    return document.getElementById(`widget-${id}`);
  }

  url(id) {
    return `${this.#apiPath}/widgets/${encodeURIComponent(id)}`;
  }

  /** The newest widget object known for `id` (its configuration, place and data), or undefined. */
  latest(id) {
    return this.#known.get(String(id));
  }

  /**
   * The section of a widget of the hub's layout, created (loading, its view being imported) when the
   * page has none yet; its title and known configuration and place follow the layout.
   */
  place(widget) {
    const id = String(widget.id);
    let node = this.section(id);
    if (node) {
      node.querySelector('.widget-title').textContent = widget.label ?? widget.type;
      const { label, config, column, index } = widget;
      this.#known.set(id, { ...this.#known.get(id), label, config, column, index });
      return { node, created: false };
    }
    node = this.#createSection(widget);
    this.#known.set(id, { ...widget, state: 'loading', data: null });
    viewFor(widget.type); // loads while the data is fetched
    return { node, created: true };
  }

  /** Drops what is known of a widget whose section left the page. */
  forget(id) {
    for (const map of [this.#known, this.#shown, this.#generations, this.#renders]) map.delete(id);
  }

  /** The widget's current generation: pass it to renderIfCurrent with an answer that may be overtaken. */
  generation(id) {
    return this.#generations.get(String(id));
  }

  /** Renders `widget` unless a push or a fetch started since `generation` was read (it is at least as new). */
  renderIfCurrent(widget, generation) {
    const id = String(widget.id);
    if (this.#generations.get(id) !== generation) return;
    this.#nextGeneration(id);
    this.render(widget);
  }

  /** Fetches the widget and renders it; a failure keeps what is shown, with a notice saying why. */
  async refresh(id, options) {
    const generation = this.#nextGeneration(id);
    let widget;
    try {
      widget = await apiRequest('GET', this.url(id));
    } catch (error) {
      const last = this.#known.get(id);
      if (last && this.#generations.get(id) === generation) {
        this.render({ ...last, state: 'error', error: { message: error.message } }, options);
      }
      return;
    }
    if (this.#generations.get(id) === generation) this.render(widget, options);
  }

  /** A widget object that came with a live event: newer than anything requested before. */
  pushed(widget) {
    this.#nextGeneration(String(widget.id));
    this.render(widget, { update: true });
  }

  /**
   * Shows `widget` in its section. `update`: new data from a widget.updated event: the section
   * flashes and the view may update its content in place.
   */
  async render(widget, { update = false } = {}) {
    const id = String(widget.id);
    if (!this.section(id)) return;
    this.#known.set(id, widget);
    const turn = (this.#renders.get(id) ?? 0) + 1;
    this.#renders.set(id, turn);
    const view = await viewFor(widget.type);
    const node = this.section(id);
    if (!node || this.#renders.get(id) !== turn) return; // removed meanwhile, or a newer render follows

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
    if (hasData) parts.push(this.#content(node, view, widget, update));
    else {
      this.#shown.delete(id);
      if (!error) parts.push(widget.state === 'loading' ? loadingIndicator() : el('p', { class: 'widget-empty' }, 'No data yet.'));
    }
    node.querySelector('.widget-body').replaceChildren(...parts);

    if (update) flash(node);
    this.#afterRender(widget);
  }

  /** The content element with the view's drawing of `widget`: the one on the page, updated, when the view can. */
  #content(node, view, widget, update) {
    const id = String(widget.id);
    const previous = this.#shown.get(id);
    const current = node.querySelector('.widget-body > .widget-content');
    const inPlace = update && previous && current && typeof view.update === 'function';
    this.#shown.delete(id);
    try {
      const box = inPlace ? current : el('div', { class: 'widget-content' });
      if (!inPlace || view.update(box, widget, previous, this.#hub) === false) {
        box.replaceChildren(); // after a refused update the view renders afresh, on its emptied element
        view.render(box, widget, this.#hub);
      }
      this.#shown.set(id, widget);
      return box;
    } catch (error) {
      console.error(`Rendering widget ${widget.id} (${widget.type}) failed`, error);
      return el('div', { class: 'widget-content' },
        el('p', { class: 'widget-notice' }, 'This widget could not be displayed.'));
    }
  }

  #nextGeneration(id) {
    const generation = (this.#generations.get(id) ?? 0) + 1;
    this.#generations.set(id, generation);
    return generation;
  }

  #createSection(widget) {
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
    this.#toolsFor(id),
    el('div', { class: 'widget-config' }),
    el('div', { class: 'widget-body' }, loadingIndicator()));
  }
}
