/**
 * The widget author's API: a {@link org.fedoraproject.hubs.widget.WidgetType} (discovered through
 * CDI) declares its parameters and its {@link org.fedoraproject.hubs.widget.CachedFunction}s;
 * each function computes a value ({@code execute}) and says which bus messages make that value
 * stale ({@code shouldInvalidate}), optionally with {@link org.fedoraproject.hubs.widget.Hints}.
 */
package org.fedoraproject.hubs.widget;
