/*
 * View of the "sticky-note" widget: a short note, Markdown rendered and sanitized by the server.
 * Data: widget.data.html = { html }, inserted through modules/sanitized-html.js (read why it is safe there).
 */
import { el } from '../modules/dom.js';
import { sanitizedHtmlBlock } from '../modules/sanitized-html.js';

export function render(body, widget) {
  const html = widget.data?.html?.html;
  body.append(html
    ? sanitizedHtmlBlock(html, 'sticky-note')
    : el('p', { class: 'widget-empty' }, 'The note is empty.'));
}
