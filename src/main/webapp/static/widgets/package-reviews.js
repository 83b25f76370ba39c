/*
 * View of the "package-reviews" widget: the user's Fedora package review
 * requests in Bugzilla, grouped by where they stand.
 * Data: widget.data.reviews = { email, waiting: [bug], under_review: [bug], approved: [bug] }.
 */
import { el, time } from '../modules/dom.js';

const LISTS = [
  ['waiting', 'Waiting for a reviewer'],
  ['under_review', 'Under review'],
  ['approved', 'Approved'],
];

// Bugzilla's placeholder assignee for review requests nobody has taken yet.
const NOBODY = 'nobody@fedoraproject.org';

function bugItem(bug) {
  const reviewer = bug.assignee && bug.assignee !== NOBODY ? bug.assignee : null;
  return el('li', { class: 'item', 'data-bug-id': bug.id },
    el('a', { class: 'item-title', href: bug.url, target: '_blank', rel: 'noopener noreferrer' },
      bug.package, ' ', el('span', { class: 'review-summary' }, bug.summary)),
    el('div', { class: 'item-meta' },
      el('span', {}, `#${bug.id}`),
      bug.status ? el('span', {}, bug.status) : null,
      reviewer ? el('span', {}, `reviewer ${reviewer}`) : null,
      bug.last_change ? el('span', {}, 'changed ', time(bug.last_change)) : null));
}

function group(key, title, bugs) {
  return el('div', { 'data-list': key, 'data-count': bugs.length },
    el('h3', { class: 'group-title' },
      title, ' ', el('span', { class: 'count', 'aria-label': `${bugs.length} requests` }, bugs.length)),
    bugs.length
      ? el('ul', { class: 'item-list' }, bugs.map(bugItem))
      : el('p', { class: 'widget-empty' }, 'None'));
}

export function render(body, widget) {
  const reviews = widget.data?.reviews;
  if (!reviews) {
    body.append(el('p', { class: 'widget-empty' }, 'No review data yet.'));
    return;
  }
  if (reviews.email) body.append(el('p', { class: 'widget-caption' }, 'Review requests filed by ', reviews.email));
  body.append(...LISTS.map(([key, title]) => group(key, title, reviews[key] ?? [])));
}
