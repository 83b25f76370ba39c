/*
 * View of the "my-hubs" widget: links to the hubs a user owns, belongs to, subscribes to and starred.
 * Data: widget.data.hubs = { username, owned|joined|subscribed|starred: [{ name, type, url }], truncated }.
 */
import { el } from '../modules/dom.js';

const LISTS = [
  ['owned', 'Owner'],
  ['joined', 'Member'],
  ['subscribed', 'Subscribed'],
  ['starred', 'Starred'],
];

function hubItem(hub) {
  return el('li', { class: 'item', 'data-hub': hub.name, 'data-hub-type': hub.type },
    el('a', { class: 'item-title', href: hub.url }, hub.name),
    ' ',
    el('span', { class: 'item-state', 'data-state': hub.type }, hub.type === 'team' ? 'team' : 'user'));
}

export function render(body, widget) {
  const hubs = widget.data?.hubs;
  if (!hubs) {
    body.append(el('p', { class: 'widget-empty' }, 'No hubs yet.'));
    return;
  }
  const lists = LISTS.filter(([key]) => (hubs[key] ?? []).length > 0);
  if (lists.length === 0) {
    body.append(el('p', { class: 'widget-empty' }, `${hubs.username} has not joined, subscribed to or starred any hub yet.`));
    return;
  }
  body.append(el('p', { class: 'widget-caption' }, 'Hubs of ', hubs.username));
  for (const [key, title] of lists) {
    const list = hubs[key];
    body.append(
      el('h3', { class: 'group-title', 'data-list': key },
        title, ' ', el('span', { class: 'count', 'aria-label': `${list.length} hubs` }, list.length)),
      el('ul', { class: 'item-list', 'data-list': key }, list.map(hubItem)));
  }
  if (hubs.truncated) body.append(el('p', { class: 'widget-empty' }, 'Only the first hubs are listed.'));
}
