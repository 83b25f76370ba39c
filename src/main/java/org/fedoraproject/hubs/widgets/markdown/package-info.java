/**
 * Markdown written by hub owners (the about and sticky-note widgets): rendered with commonmark,
 * cleaned by an allow-list, and the cached function that serves it. The only HTML Hubs sends to
 * its pages from data comes from here.
 */
package org.fedoraproject.hubs.widgets.markdown;
