/**
 * Rebuild: workers take (widget instance, cached function) ids from {@code hubs.rebuild}, run the
 * function, store its value in the cache and announce the fresh widget on {@code hubs.reload}.
 */
package org.fedoraproject.hubs.rebuild;
