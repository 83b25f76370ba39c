/**
 * Hubs: live dashboards for the Fedora contributor community.
 *
 * <p>The pipeline reads top to bottom in the package tree: {@code bus} (ingest from fedmsg into
 * JMS), {@code triage} (which cached functions a message invalidates), {@code rebuild} (re-run
 * them), {@code cache} (their values in Infinispan), {@code push} (server-sent events to the
 * browsers), with {@code widget} (the widget author's API), {@code widgets.*} (one package per
 * built-in widget), {@code hub} (hubs and widget instances, stored), {@code admin}, {@code web}
 * (the REST edge shared by all resources) and {@code demo}.
 */
package org.fedoraproject.hubs;
