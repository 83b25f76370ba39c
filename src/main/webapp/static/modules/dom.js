/*
 * Building page content without ever parsing markup: everything that comes from the server reaches
 * the page as text nodes or attribute values, so outside text can never become script.
 */

// Links from the server may only use these schemes; javascript:, data: etc. are dropped.
const SAFE_URL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The absolute form of `value` when it is an http(s) or mailto URL (relative ones resolve against the page), else null. */
export function safeUrl(value) {
  try {
    const url = new URL(String(value), document.baseURI);
    return SAFE_URL_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function appendChildren(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) appendChildren(node, child);
    else node.append(child instanceof Node ? child : String(child)); // strings become text nodes
  }
}

/**
 * Builds an element without ever parsing markup.
 *   attrs: set with setAttribute; null/undefined/false skip the attribute, true sets it empty;
 *          a function under an "on…" name becomes an event listener; any other "on…" value is
 *          refused (it would be inline script);
 *          href/src are kept only when they are http(s)/mailto URLs.
 *   children: strings and numbers become text nodes, nodes are appended,
 *          arrays are flattened, null/undefined/false are skipped.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (/^on/i.test(name)) {
      if (typeof value !== 'function') throw new TypeError(`el refuses the inline handler attribute "${name}"`);
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'href' || name === 'src') {
      const url = safeUrl(value);
      if (url) node.setAttribute(name, url);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  appendChildren(node, children);
  return node;
}

/** A <time> element showing an ISO-8601 instant in the reader's locale. */
export function time(iso) {
  const date = new Date(iso);
  const text = Number.isNaN(date.getTime())
    ? String(iso)
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return el('time', { datetime: iso, title: iso }, text);
}
