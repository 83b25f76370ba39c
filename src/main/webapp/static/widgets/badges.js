/*
 * View of the "badges" widget: the Fedora Badges a contributor was awarded, newest first.
 * Data: widget.data.badges = { username, count, percent_earned, rank, user_count, profile_url,
 *   badges: [{ id, name, description, image, issued, url }] } (at most the newest 60 of count).
 */
import { el, time } from '../modules/dom.js';

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' };

function badgeItem(badge) {
  return el('li', { class: 'item badge', 'data-badge-id': badge.id },
    el('a', { class: 'item-title', href: badge.url, title: badge.description || badge.name, ...EXTERNAL },
      el('img', { class: 'badge-image', src: badge.image, alt: badge.name, width: 64, height: 64, loading: 'lazy' }),
      el('span', { class: 'badge-name' }, badge.name)),
    badge.issued ? el('span', { class: 'item-meta' }, time(badge.issued)) : null);
}

function caption(data) {
  const shown = data.badges.length < data.count ? `, the newest ${data.badges.length} shown` : '';
  return el('p', { class: 'widget-caption' },
    el('a', { href: data.profile_url, 'data-badge-count': data.count, ...EXTERNAL },
      `${data.count} ${data.count === 1 ? 'badge' : 'badges'}`),
    ` for ${data.username}${shown}`,
    data.rank ? el('span', { class: 'badge-rank', 'data-rank': data.rank }, ` · rank ${data.rank} of ${data.user_count}`) : null);
}

/** body: the widget's empty content element; widget.data.badges: see above. */
export function render(body, widget) {
  const data = widget.data?.badges;
  if (!data) {
    body.append(el('p', { class: 'widget-empty' }, 'No badge data yet.'));
    return;
  }
  body.append(caption(data));
  body.append(data.badges.length
    ? el('ul', { class: 'item-list badge-grid' }, data.badges.map(badgeItem))
    : el('p', { class: 'widget-empty' }, `${data.username} has no badges yet.`));
}
