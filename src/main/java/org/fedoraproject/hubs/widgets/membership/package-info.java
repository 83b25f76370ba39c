/**
 * Keeping the widgets that list memberships (hub people, my hubs) fresh: they read Hubs' own data,
 * so no bus message concerns them; a committed {@link org.fedoraproject.hubs.hub.MembershipChanged}
 * rebuilds the instances it concerns.
 */
package org.fedoraproject.hubs.widgets.membership;
