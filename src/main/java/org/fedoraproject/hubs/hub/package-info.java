/**
 * Hubs and their widget instances: the stored domain (JPA), the in-memory directory of widget
 * instances that triage reads, the REST API over both, and the hub pages.
 */
package org.fedoraproject.hubs.hub;
