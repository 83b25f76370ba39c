/*
 * View of the "pagure" widget: the open issues and pull requests of a pagure.io project.
 * Data: widget.data.issues and widget.data['pull-requests'] =
 *   { project, url, total, items: [{ id, title, url, author, assignee, created, updated, comments, tags }] }
 * Each list is its own cached function, so either may be missing while the other is there.
 */
import { el } from '../modules/dom.js';
import { itemGroup, projectCaption } from './lib/open-items.js';

function items(list) {
  return (list?.items ?? []).map(entry => ({
    number: entry.id,
    title: entry.title,
    url: entry.url,
    author: entry.author,
    assignee: entry.assignee,
    created: entry.created,
    updated: entry.updated,
    comments: entry.comments,
    labels: entry.tags,
  }));
}

export function render(body, widget) {
  const issues = widget.data?.issues;
  const requests = widget.data?.['pull-requests'];
  const project = issues ?? requests;
  if (!project) {
    body.append(el('p', { class: 'widget-empty' }, 'No data from Pagure yet.'));
    return;
  }
  body.append(projectCaption(project.project, project.url));
  if (issues) body.append(itemGroup('issues', 'Open issues', items(issues), 'issue', issues.total));
  if (requests) body.append(itemGroup('pull-requests', 'Open pull requests', items(requests), 'pull-request', requests.total));
}
