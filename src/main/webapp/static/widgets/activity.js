/*
 * View of the "activity" widget: the latest bus messages concerning the hub's people, one line
 * each, newest first. When new messages arrive, only they are added at the top (and the oldest
 * dropped past the cap): the lines already read stay where they are.
 * Data: widget.data.activity = { people: [name], items: [{ key, sent_at, summary, link? }] }.
 */
import { el, time } from '../modules/dom.js';

function line(entry) {
  return el('li', { class: 'item', 'data-key': entry.key },
    entry.link
      ? el('a', { class: 'item-title', href: entry.link, target: '_blank', rel: 'noopener noreferrer' }, entry.summary)
      : el('span', { class: 'item-title' }, entry.summary),
    el('div', { class: 'item-meta' }, el('span', {}, time(entry.sent_at))));
}

function emptyNote(items) {
  return el('p', { class: 'widget-empty', 'data-activity-empty': '', hidden: items.length > 0 }, 'Nothing lately.');
}

export function render(body, widget) {
  const activity = widget.data?.activity;
  if (!activity) {
    body.append(el('p', { class: 'widget-empty' }, 'No activity yet.'));
    return;
  }
  body.append(
    el('p', { class: 'widget-caption' }, 'Latest of ', activity.people.join(', ')),
    el('ul', { class: 'item-list', 'data-activity': '', 'data-people': activity.people.join(',') },
      activity.items.map(line)),
    emptyNote(activity.items));
}

/**
 * Adds the items newer than those shown at the top, removes those no longer in the data, and
 * leaves the others untouched. Refuses (false: the page renders afresh) when the people changed
 * or nothing shown is still in the data.
 */
export function update(body, widget) {
  const activity = widget.data?.activity;
  const list = body.querySelector('ul[data-activity]');
  if (!activity || !list || list.dataset.people !== activity.people.join(',')) return false;
  const shown = new Map([...list.children].map((item) => [item.dataset.key, item]));
  const firstShown = activity.items.findIndex((entry) => shown.has(entry.key));
  if (firstShown < 0 && shown.size > 0) return false;
  const newer = firstShown < 0 ? activity.items : activity.items.slice(0, firstShown);
  list.prepend(...newer.map(line));
  const kept = new Set(activity.items.map((entry) => entry.key));
  for (const [key, item] of shown) {
    if (!kept.has(key)) item.remove();
  }
  body.querySelector('[data-activity-empty]')?.toggleAttribute('hidden', activity.items.length > 0);
  return true;
}
