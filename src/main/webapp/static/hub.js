/*
 * A hub page (/u/<user>/, /t/<team>/): lays out the hub's widgets, loads each widget's data and
 * its type's view (static/widgets/<type>.js, see modules/views.js), and keeps the widgets live
 * through a single EventSource for the whole page. The server writes the hub's name, type, the
 * signed-in caller and whether they may edit into <body>'s data attributes.
 */
import { showAccount } from './modules/account.js';
import { EditMode } from './modules/edit.js';
import { Layout } from './modules/layout.js';
import { connectLive } from './modules/live.js';
import { WidgetSections } from './modules/widgets.js';

const { dataset } = document.body;
/** What a widget view learns of the page it is on. */
const hub = Object.freeze({
  name: dataset.hub,
  type: dataset.hubType,
  caller: dataset.caller || null,
  canEdit: dataset.canEdit === 'true',
});
const apiPath = `/api/hubs/${encodeURIComponent(hub.name)}`;

// The three parts call each other only through these arrows, once all are made.
const widgets = new WidgetSections({
  hub,
  apiPath,
  toolsFor: (id) => edit.tools(id),
  afterRender: (widget) => layout.follow(widget),
});
const layout = new Layout({
  apiPath,
  widgets,
  columns: { left: document.getElementById('column-left'), right: document.getElementById('column-right') },
  description: document.getElementById('hub-description'),
  pageError: document.getElementById('hub-error'),
  onArranged: () => edit.sync(),
});
const edit = new EditMode({
  hub,
  apiPath,
  layout,
  widgets,
  toggle: document.getElementById('edit-toggle'),
  typeSelect: document.getElementById('add-widget-type'),
  addDetails: document.getElementById('add-widget-details'),
  addError: document.getElementById('add-widget-error'),
});

function onWidgetUpdated(payload) {
  const id = String(payload.widget_id ?? payload.widget?.id);
  if (!widgets.section(id)) {
    layout.refresh(); // our layout is older than this widget
  } else if (payload.widget) {
    widgets.pushed(payload.widget);
  } else {
    widgets.refresh(id, { update: true }); // the data was too large for the event
  }
}

showAccount();
edit.start();
layout.refreshAll();
connectLive({
  url: `${apiPath}/events`,
  since: dataset.since,
  indicator: document.getElementById('connection-state'),
  handlers: {
    'widget.updated': onWidgetUpdated,
    'widget.added': () => layout.refresh(),
    'widget.removed': () => layout.refresh(),
    resync: () => layout.refreshAll(),
  },
});
