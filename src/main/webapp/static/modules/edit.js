/*
 * The hub page's edit mode (the header's "Edit hub" button, shown only to those who may change the
 * hub; the server decides, and enforces it again on every change): adding a widget from the
 * catalogue, and each widget's toolbar to configure, move and remove it. Changes go through the
 * REST API; they reach every open page, this one included, as live events.
 */
import { el } from './dom.js';
import { apiRequest } from './api.js';
import { configForm } from './config-form.js';

let catalogue = null; // promise of the widget types by name, once first asked for

function widgetTypes() {
  if (!catalogue) {
    catalogue = apiRequest('GET', '/api/widget-types').then((types) => new Map(types.map((type) => [type.name, type])));
    catalogue.catch(() => { catalogue = null; }); // a failed load is tried again next time
  }
  return catalogue;
}

export class EditMode {
  #hub;
  #apiPath;
  #layout;
  #widgets;
  #toggle;
  #typeSelect;
  #addDetails;
  #addError;

  /**
   * hub: the page's hub context; apiPath: the hub's API path; layout, widgets: the page's Layout and
   * WidgetSections; the page's elements: toggle (the header button), typeSelect, addDetails and
   * addError (the "Add a widget" panel).
   */
  constructor({ hub, apiPath, layout, widgets, toggle, typeSelect, addDetails, addError }) {
    this.#hub = hub;
    this.#apiPath = apiPath;
    this.#layout = layout;
    this.#widgets = widgets;
    this.#toggle = toggle;
    this.#typeSelect = typeSelect;
    this.#addDetails = addDetails;
    this.#addError = addError;
  }

  start() {
    this.#toggle.addEventListener('click', () => this.#setEditing(document.body.dataset.editing !== 'true'));
    this.#toggle.hidden = !this.#hub.canEdit;
    this.#typeSelect.addEventListener('change', () => this.#showAddForm());
  }

  /** A widget's toolbar (shown in edit mode only). */
  tools(id) {
    const tool = (className, label, action) => el('button', {
      type: 'button',
      class: `tool-button ${className}`,
      onclick: (event) => this.#runTool(id, action, event.currentTarget),
    }, label);
    return el('div', { class: 'widget-edit-tools edit-only', role: 'group', 'aria-label': 'Edit this widget' },
      tool('widget-configure', 'Configure', () => this.#openConfigForm(id)),
      tool('widget-move-up', 'Move up', () => this.#layout.moveWithinColumn(id, -1)),
      tool('widget-move-down', 'Move down', () => this.#layout.moveWithinColumn(id, 1)),
      tool('widget-move-column', 'Move to other column', () => this.#layout.moveToOtherColumn(id)),
      tool('widget-remove', 'Remove', () => this.#removeWidget(id)),
      el('p', { class: 'widget-edit-error', role: 'alert', hidden: true }));
  }

  /** Disables every tool of a widget with a change under way, and moves past a column's ends. */
  sync() {
    for (const column of Object.values(this.#layout.columns)) {
      const nodes = [...column.children];
      nodes.forEach((node, position) => {
        const busy = node.dataset.editBusy === 'true';
        for (const button of node.querySelectorAll('.tool-button')) button.disabled = busy;
        node.querySelector('.widget-move-up').disabled ||= position === 0;
        node.querySelector('.widget-move-down').disabled ||= position === nodes.length - 1;
      });
    }
  }

  #setEditing(editing) {
    document.body.dataset.editing = String(editing);
    this.#toggle.textContent = editing ? 'Done' : 'Edit hub';
    if (editing) {
      this.#fillTypeSelect();
    } else {
      // Leaving edit mode cancels any open configuration form.
      for (const box of document.querySelectorAll('.widget-config')) box.replaceChildren();
    }
  }

  // ---- adding a widget ------------------------------------------------------------------------

  /** Lists the catalogue in the "Add a widget" select (the first option is the "Choose…" prompt). */
  async #fillTypeSelect() {
    const select = this.#typeSelect;
    if (select.options.length > 1) return;
    const prompt = select.options[0];
    this.#addError.hidden = true;
    select.disabled = true;
    try {
      const types = await widgetTypes();
      select.replaceChildren(prompt,
        ...[...types.values()].map((type) => el('option', { value: type.name }, type.label)));
    } catch (error) {
      this.#addError.textContent = `Could not load the widget catalogue: ${error.message}`;
      this.#addError.hidden = false;
    } finally {
      select.disabled = false;
    }
  }

  async #showAddForm() {
    const name = this.#typeSelect.value;
    const type = name ? (await widgetTypes()).get(name) : null;
    if (this.#typeSelect.value !== name) return; // another type was chosen meanwhile
    this.#addDetails.replaceChildren(...(type ? [
      el('p', { class: 'add-widget-description' }, type.description),
      configForm({
        idPrefix: 'add-widget-field',
        parameters: type.parameters,
        // A hub setting (e.g. the hub's Bugzilla address) comes before the type's own default.
        valueOf: (parameter) => this.#layout.settings[parameter.hub_setting] ?? parameter.default,
        submitLabel: 'Add',
        onSubmit: (config) => this.#addWidget(type, config),
      }),
    ] : []));
  }

  async #addWidget(type, config) {
    const widget = await apiRequest('POST', `${this.#apiPath}/widgets`, { type: type.name, config, column: type.column });
    this.#typeSelect.value = '';
    this.#addDetails.replaceChildren();
    await this.#layout.refresh();
    this.#widgets.section(widget.id)?.scrollIntoView({ block: 'nearest' });
  }

  // ---- a widget's toolbar -------------------------------------------------------------------

  /** Runs a toolbar action: the widget's tools wait for it, and a failure is said in the toolbar. */
  async #runTool(id, action, button) {
    const node = this.#widgets.section(id);
    const message = node.querySelector('.widget-edit-error');
    message.hidden = true;
    node.dataset.editBusy = 'true';
    this.sync();
    try {
      await action();
    } catch (error) {
      message.textContent = `Could not change this widget: ${error.message}`;
      message.hidden = false;
    } finally {
      delete node.dataset.editBusy;
      this.sync();
      // Disabling the button, or moving its section, took the keyboard focus away from it.
      if (document.activeElement === document.body) button.focus();
    }
  }

  async #removeWidget(id) {
    const title = this.#widgets.section(id).querySelector('.widget-title').textContent;
    if (!window.confirm(`Remove “${title}” from this hub?`)) return;
    await apiRequest('DELETE', this.#widgets.url(id));
    await this.#layout.refresh();
  }

  async #openConfigForm(id) {
    const types = await widgetTypes();
    const widget = this.#widgets.latest(id); // read after the wait: a push may have brought a newer config
    const type = types.get(widget.type);
    if (!type) throw new Error(`this server has no widget type '${widget.type}'`);
    const box = this.#widgets.section(id).querySelector('.widget-config');
    box.replaceChildren(configForm({
      idPrefix: `widget-${id}-field`,
      parameters: type.parameters,
      valueOf: (parameter) => widget.config?.[parameter.name] ?? parameter.default,
      submitLabel: 'Save',
      onSubmit: (config) => this.#saveConfig(id, config),
      onCancel: () => box.replaceChildren(),
    }));
    box.querySelector('input')?.focus();
  }

  async #saveConfig(id, config) {
    const seen = this.#widgets.generation(id);
    const widget = await apiRequest('PATCH', this.#widgets.url(id), { config });
    this.#widgets.section(id)?.querySelector('.widget-config').replaceChildren();
    // The answer reads "loading" until the data for the new configuration is built and pushed.
    // A push or fetch that started meanwhile is at least as new, so then the answer is dropped;
    // otherwise it wins over any older fetch still under way.
    this.#widgets.renderIfCurrent(widget, seen);
  }
}
