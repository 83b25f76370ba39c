/**
 * Push: reload announcements travel on the {@code hubs.reload} JMS topic, so every server hears
 * them, and each server sends them as server-sent events to the browsers it holds, one stream per
 * hub page, with ids, a bounded history for resuming, and heartbeats.
 */
package org.fedoraproject.hubs.push;
