/**
 * About: the hub's description in Markdown (taken from the hub's {@code description} setting when
 * the widget is added), rendered by {@link org.fedoraproject.hubs.widgets.markdown}.
 */
package org.fedoraproject.hubs.widgets.about;
