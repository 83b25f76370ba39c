/*
 * Widget views: static/widgets/<type>.js, an ES module per widget type exporting
 *   render(body, widget, hub)            fills the (empty) content element `body`;
 *   update(body, widget, previous, hub)  optional: brings `body` up to date in place when new data
 *                                        arrives; returning false asks for a fresh render instead.
 * Each view is imported once per page, when the first widget of its type is laid out.
 */
import { el } from './dom.js';

// Widget type names as the server accepts them; anything else never becomes part of a URL.
const TYPE_NAME = /^[a-z0-9-]+$/;

/** The view for types whose own view is missing or broken: the raw data, as text. */
const rawView = Object.freeze({
  render(body, widget) {
    body.append(el('pre', { class: 'widget-raw' }, JSON.stringify(widget.data, null, 2)));
  },
});

const views = new Map(); // type name -> promise of its view (never rejects)

async function importView(type) {
  if (!TYPE_NAME.test(type)) throw new Error(`"${type}" is not a widget type name`);
  const view = await import(new URL(`../widgets/${type}.js`, import.meta.url).href);
  if (typeof view.render !== 'function') throw new Error(`widgets/${type}.js exports no render function`);
  return view;
}

/** The view of widget type `type`: its module once loaded, or the raw view if it cannot be. */
export function viewFor(type) {
  let view = views.get(type);
  if (!view) {
    view = importView(type).catch((error) => {
      console.error(`The view of widget type "${type}" could not be loaded; showing its raw data`, error);
      return rawView;
    });
    views.set(type, view);
  }
  return view;
}
