/*
 * View of the "about" widget: the hub's description, Markdown rendered and sanitized by the server.
 * Data: widget.data.html = { html }, inserted through modules/sanitized-html.js (read why it is safe there).
 */
import { el } from '../modules/dom.js';
import { sanitizedHtmlBlock } from '../modules/sanitized-html.js';

export function render(body, widget) {
  const html = widget.data?.html?.html;
  body.append(html
    ? sanitizedHtmlBlock(html, 'about-text')
    : el('p', { class: 'widget-empty' }, 'This hub has no description yet.'));
}
