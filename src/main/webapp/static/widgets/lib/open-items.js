/*
 * The open issues and pull requests of a project, as the "pagure" and "github" views show them:
 * a titled group per list, one item per issue or pull request (number, title, author, dates,
 * labels, comments). Both views map their service's entries to the item shape below.
 */
import { el, time } from '../../modules/dom.js';

/**
 * item: { number, title, url, author, updated, created, labels: [], comments, assignee }
 * kind: 'issue' or 'pull-request', for data-* selectors and the state pill.
 */
function openItem(item, kind) {
  const when = item.updated || item.created;
  return el('li', { class: 'item', 'data-kind': kind, 'data-number': item.number },
    el('a', { class: 'item-title', href: item.url, target: '_blank', rel: 'noopener noreferrer' },
      `#${item.number} `, item.title),
    el('div', { class: 'item-meta' },
      el('span', { class: 'item-state', 'data-state': 'open' }, 'open'),
      item.author ? el('span', { class: 'open-item-author' }, `by ${item.author}`) : null,
      item.assignee ? el('span', { class: 'open-item-assignee' }, `assigned to ${item.assignee}`) : null,
      when ? el('span', { class: 'open-item-updated' }, item.updated ? 'updated ' : 'opened ', time(when)) : null,
      item.comments ? el('span', { class: 'open-item-comments' }, `${item.comments} comments`) : null,
      ...(item.labels ?? []).map(label => el('span', { class: 'open-item-label', 'data-label': label }, label))));
}

/** A titled list: h3 with the count (`total` when the service reports more than it sent), then the items or "None". */
export function itemGroup(key, title, items, kind, total = items.length) {
  return el('div', { class: 'open-items', 'data-list': key, 'data-count': items.length },
    el('h3', { class: 'group-title' }, title, ' ', el('span', { class: 'count' }, total)),
    items.length
      ? el('ul', { class: 'item-list' }, items.map(item => openItem(item, kind)))
      : el('p', { class: 'widget-empty' }, 'None open'));
}

/** The caption linking to the project itself. */
export function projectCaption(name, url) {
  return el('p', { class: 'widget-caption' },
    el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, name));
}
