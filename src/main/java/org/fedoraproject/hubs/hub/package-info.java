/**
 * Hubs, their people and their widget instances: the stored domain (JPA entities for users, hubs,
 * settings, memberships and widget instances; the schema is Flyway's, migrated at start), the
 * services that change it ({@code HubService}: hubs, settings and users; {@code WidgetService}:
 * widget instances; {@code MembershipService}), and the in-memory directory of widget instances
 * that triage reads (kept in step with other servers by reconciling announced changes). It knows
 * nothing of the web edge ({@code hub.web}) or of the pipeline's stages.
 */
package org.fedoraproject.hubs.hub;
