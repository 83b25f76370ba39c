/**
 * Bus ingest: subscribes to the fedmsg ZeroMQ endpoints, validates every two-frame message into a
 * {@link org.fedoraproject.hubs.bus.BusMessage}, counts and drops what is not a bus message, and
 * puts the rest on the {@code hubs.inbound} JMS queue.
 */
package org.fedoraproject.hubs.bus;
