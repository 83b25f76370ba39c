/**
 * Hub people: a hub's owners, members, subscribers and stargazers from Hubs' own memberships, and
 * the view's join, leave, subscribe and star buttons (which call the membership REST API). Rebuilt
 * by {@link org.fedoraproject.hubs.widgets.membership.MembershipRebuilds}, never by a bus message.
 */
package org.fedoraproject.hubs.widgets.people;
