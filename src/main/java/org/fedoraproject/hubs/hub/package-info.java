/**
 * Hubs, their people and their widget instances: the stored domain (JPA entities for users, hubs,
 * settings, memberships and widget instances; the schema is Flyway's, migrated at start), the
 * in-memory directory of widget instances that triage reads (kept in step with other servers by
 * reconciling announced changes), the REST API over all of it, and the hub pages.
 */
package org.fedoraproject.hubs.hub;
