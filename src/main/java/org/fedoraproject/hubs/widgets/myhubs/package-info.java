/**
 * My hubs: the hubs a user owns, belongs to, subscribes to and starred, from Hubs' own memberships.
 * Rebuilt by {@link org.fedoraproject.hubs.widgets.membership.MembershipRebuilds} when that user's
 * memberships change, never by a bus message.
 */
package org.fedoraproject.hubs.widgets.myhubs;
