/*
 * View of the "github" widget: the open issues and pull requests of a GitHub repository.
 * Data: widget.data.open = { repository, url, issues: [item], pull_requests: [item] },
 *   item = { number, title, url, author, assignee, created, updated, comments, labels }
 */
import { el } from '../modules/dom.js';
import { itemGroup, projectCaption } from './lib/open-items.js';

export function render(body, widget) {
  const open = widget.data?.open;
  if (!open) {
    body.append(el('p', { class: 'widget-empty' }, 'No data from GitHub yet.'));
    return;
  }
  body.append(
    projectCaption(open.repository, open.url),
    itemGroup('issues', 'Open issues', open.issues ?? [], 'issue'),
    itemGroup('pull-requests', 'Open pull requests', open.pull_requests ?? [], 'pull-request'));
}
