/*
 * The ONE place where a page inserts HTML that came from the server: the Markdown of the "about" and
 * "sticky-note" widgets, rendered on the server. Every other view builds its content with el() from
 * text. Why this is safe:
 *  1. The server sends only HTML it made itself: MarkdownText.toSafeHtml (widgets/markdown) renders
 *     the Markdown with raw HTML escaped, then keeps jsoup's allow-list: formatting elements, links
 *     to http(s)/mailto with rel="nofollow noopener", https images; no script, style, iframe, form
 *     or on* attribute survives. That sanitizer is unit-tested against hostile inputs.
 *  2. DOMParser builds an inert document: nothing in it runs or loads while it is parsed, and its
 *     nodes never enter the page. They are copied with el() through the same allow-list: any other
 *     element is left out (its text kept), any other attribute dropped, and el() keeps href/src
 *     only for http(s)/mailto URLs and refuses inline handlers. A sanitizer bug on the server then
 *     still cannot put markup with behaviour on the page.
 *  3. The page's Content-Security-Policy (script-src 'self', style-src 'self') forbids inline
 *     script and style anyway.
 */
import { el } from './dom.js';

const ELEMENTS = new Set(['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'a', 'img']);
const ATTRIBUTES = new Set(['href', 'title', 'src', 'alt', 'start']);
// Elements whose content is code or data rather than text: left out whole.
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript']);

/** Copies one parsed node as page content: text stays text, allowed elements are rebuilt with el(). */
function copy(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE || DROPPED.has(node.localName)) return null;
  const children = Array.from(node.childNodes, copy);
  if (!ELEMENTS.has(node.localName)) return children;
  const attrs = {};
  for (const { name, value } of node.attributes) {
    if (ATTRIBUTES.has(name)) attrs[name] = value;
  }
  if (node.localName === 'a') attrs.rel = 'nofollow noopener';
  return el(node.localName, attrs, children);
}

/** A <div class="markdown-text {className}"> holding the server's sanitized HTML. */
export function sanitizedHtmlBlock(html, className) {
  const parsed = new DOMParser().parseFromString(String(html), 'text/html');
  return el('div', { class: `markdown-text ${className}` }, Array.from(parsed.body.childNodes, copy));
}
