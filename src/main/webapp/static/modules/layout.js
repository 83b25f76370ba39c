/*
 * The hub's layout: which widgets it has, in which column, in which order. The sections are placed
 * in the columns as the API lists them; a move is sent to the API and the layout reloaded.
 */
import { apiRequest } from './api.js';

const columnOf = (widget) => (widget.column === 'right' ? 'right' : 'left');

export class Layout {
  #apiPath;
  #widgets;
  #description;
  #pageError;
  #onArranged;
  #generation = 0; // bumped by each load: only the newest answer is applied
  /** The column elements, {left, right}. */
  columns;
  /** The hub's settings as last loaded: they prefill the add form. */
  settings = {};

  /**
   * apiPath: the hub's API path; widgets: the page's WidgetSections; columns: {left, right} elements;
   * description, pageError: the page's elements for the hub's description and for load failures;
   * onArranged(): called whenever sections were placed.
   */
  constructor({ apiPath, widgets, columns, description, pageError, onArranged }) {
    this.#apiPath = apiPath;
    this.#widgets = widgets;
    this.columns = Object.freeze({ ...columns });
    this.#description = description;
    this.#pageError = pageError;
    this.#onArranged = onArranged;
  }

  /** Ids of the widgets laid out in a column, top to bottom. */
  idsIn(column) {
    return [...this.columns[column].children].map((node) => node.dataset.widgetId);
  }

  /** Fetches and applies the layout; returns the ids of new widgets, or null if it did not apply. */
  async load() {
    const generation = ++this.#generation;
    try {
      const hub = await apiRequest('GET', this.#apiPath);
      if (generation !== this.#generation) return null; // a newer layout request is under way
      this.#showError(null);
      return this.#apply(hub);
    } catch (error) {
      if (generation === this.#generation) this.#showError(`Could not load this hub: ${error.message}`);
      return null;
    }
  }

  /** Reloads the layout and fetches the widgets it brought. */
  async refresh() {
    const added = await this.load();
    for (const id of added ?? []) this.#widgets.refresh(id);
  }

  /** Reloads the layout and every widget (at start, and when the live stream lost events). */
  async refreshAll() {
    await this.load();
    for (const node of document.querySelectorAll('section.widget')) this.#widgets.refresh(node.dataset.widgetId);
  }

  /** After a render: a move (here or in another browser) arrives as an update of the widget itself. */
  follow(widget) {
    const node = this.#widgets.section(String(widget.id));
    if (!node) return;
    const misplaced = (widget.column != null && columnOf(widget) !== node.dataset.column)
      || (widget.index != null && String(widget.index) !== node.dataset.index);
    if (misplaced) this.refresh();
  }

  /** Swaps a widget with its neighbour above (step -1) or below (step 1); nothing past the column's ends. */
  moveWithinColumn(id, step) {
    const column = this.#widgets.section(id).dataset.column;
    const ids = this.idsIn(column);
    const from = ids.indexOf(id);
    const to = from + step;
    if (to < 0 || to >= ids.length) return null;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    return this.#placeInOrder(column, ids);
  }

  /** Moves a widget to the end of the other column. */
  moveToOtherColumn(id) {
    const column = this.#widgets.section(id).dataset.column === 'right' ? 'left' : 'right';
    return this.#placeInOrder(column, [...this.idsIn(column), id]);
  }

  /**
   * Gives the widgets of `column`, in the order of `ids`, the indices 0, 1, 2…. The server only
   * sorts by index and never renumbers, so swapping two indices fails when they tie (after
   * moves between columns) — numbering the column does not. Only widgets whose place changes are
   * patched: two for a swap in an already numbered column, one for a move to its end.
   */
  async #placeInOrder(column, ids) {
    for (const [index, id] of ids.entries()) {
      const node = this.#widgets.section(id);
      if (node && (node.dataset.column !== column || node.dataset.index !== String(index))) {
        await apiRequest('PATCH', this.#widgets.url(id), { column, index });
      }
    }
    await this.refresh();
  }

  /** Places one section per widget in layout order; returns the ids of sections it created. */
  #apply(hub) {
    this.settings = hub.settings ?? {};
    const text = hub.settings?.description;
    this.#description.textContent = text ?? '';
    this.#description.hidden = !text;

    const widgets = [...(hub.widgets ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    const wanted = new Set(widgets.map((widget) => String(widget.id)));
    for (const old of document.querySelectorAll('section.widget')) {
      if (!wanted.has(old.dataset.widgetId)) {
        old.remove();
        this.#widgets.forget(old.dataset.widgetId);
      }
    }

    const added = [];
    for (const widget of widgets) {
      const { node, created } = this.#widgets.place(widget);
      if (created) added.push(String(widget.id));
      // Where the widget is laid out, so that a pushed move can be noticed (see follow).
      node.dataset.column = columnOf(widget);
      node.dataset.index = String(widget.index ?? 0);
      // Appending in sorted order moves existing sections into place too.
      this.columns[columnOf(widget)].append(node);
    }
    this.#onArranged();
    return added;
  }

  #showError(message) {
    this.#pageError.textContent = message ?? '';
    this.#pageError.hidden = !message;
  }
}
