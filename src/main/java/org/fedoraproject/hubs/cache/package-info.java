/**
 * The values of cached functions, in the server's Infinispan cache {@code hubs/widget-data}: keyed
 * by widget instance, function and configuration hash, never expiring, replaced by rebuilds.
 */
package org.fedoraproject.hubs.cache;
