/*
 * View of the "builds" widget: a contributor's newest Koji builds and Copr project builds.
 * Data: widget.data.koji = { username, url, builds: [build] } and widget.data.copr = { username,
 *   project ('' when none is configured), url, builds: [build] }, build = { id, title, state
 *   (the service's name), outcome (running, pending, succeeded, failed, canceled, deleted, skipped,
 *   unknown), time, url }. Either may be missing while it is first computed.
 */
import { el, time } from '../modules/dom.js';

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' };

function buildItem(service, build) {
  return el('li', { class: 'item build', 'data-build-id': `${service}:${build.id}` },
    el('a', { class: 'item-title', href: build.url, ...EXTERNAL }, build.title),
    ' ',
    el('span', { class: 'item-state', 'data-state': build.outcome }, build.state),
    build.time ? el('div', { class: 'item-meta' }, el('span', {}, time(build.time))) : null);
}

function group(service, title, list) {
  return el('section', { class: 'build-group', 'data-service': service, 'data-count': list.builds.length },
    el('h3', { class: 'group-title' },
      el('a', { href: list.url, ...EXTERNAL }, title), ' ', el('span', { class: 'count' }, list.builds.length)),
    list.builds.length
      ? el('ul', { class: 'item-list' }, list.builds.map((build) => buildItem(service, build)))
      : el('p', { class: 'widget-empty' }, 'No builds'));
}

/** body: the widget's empty content element; widget.data.koji and .copr: see above. */
export function render(body, widget) {
  const { koji, copr } = widget.data ?? {};
  if (!koji && !copr) {
    body.append(el('p', { class: 'widget-empty' }, 'No build data yet.'));
    return;
  }
  if (koji) body.append(group('koji', 'Koji', koji));
  if (copr?.project) body.append(group('copr', `Copr ${copr.username}/${copr.project}`, copr));
}
