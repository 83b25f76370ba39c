/*
 * View of the "bodhi-updates" widget: a contributor's Bodhi updates, by where they stand.
 * Data: widget.data.updates = { username, url, pending: [update], testing: [update],
 *   ready_for_stable: [update] }, update = { alias, title, url, status, request, type, release,
 *   karma, stable_karma, submitted }.
 */
import { el, time } from '../modules/dom.js';

const GROUPS = [
  ['ready_for_stable', 'Ready for stable'],
  ['testing', 'In testing'],
  ['pending', 'Pending'],
];

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' };

function updateItem(update) {
  return el('li', { class: 'item update', 'data-update-id': update.alias || update.title },
    el('a', { class: 'item-title', href: update.url, ...EXTERNAL }, update.title),
    ' ',
    el('span', { class: 'item-state', 'data-state': update.status }, update.status),
    el('div', { class: 'item-meta' },
      update.alias ? el('span', { class: 'update-alias' }, update.alias) : null,
      update.release ? el('span', { class: 'update-release' }, update.release) : null,
      el('span', { class: 'update-karma', 'data-karma': update.karma }, `karma ${update.karma}/${update.stable_karma}`),
      update.request ? el('span', { class: 'update-request' }, `requested: ${update.request}`) : null,
      update.submitted ? el('span', { class: 'update-submitted' }, 'submitted ', time(update.submitted)) : null));
}

function group(key, title, updates) {
  return el('section', { class: 'update-group', 'data-list': key, 'data-count': updates.length },
    el('h3', { class: 'group-title' }, title, ' ', el('span', { class: 'count' }, updates.length)),
    updates.length
      ? el('ul', { class: 'item-list' }, updates.map(updateItem))
      : el('p', { class: 'widget-empty' }, 'None'));
}

/** body: the widget's empty content element; widget.data.updates: see above. */
export function render(body, widget) {
  const updates = widget.data?.updates;
  if (!updates) {
    body.append(el('p', { class: 'widget-empty' }, 'No update data yet.'));
    return;
  }
  body.append(el('p', { class: 'widget-caption' },
    'Updates submitted by ', el('a', { href: updates.url, ...EXTERNAL }, updates.username)));
  body.append(...GROUPS.map(([key, title]) => group(key, title, updates[key] ?? [])));
}
