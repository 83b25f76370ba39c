/**
 * Sticky note: a short note in Markdown, part of the widget's configuration, rendered by
 * {@link org.fedoraproject.hubs.widgets.markdown}.
 */
package org.fedoraproject.hubs.widgets.stickynote;
