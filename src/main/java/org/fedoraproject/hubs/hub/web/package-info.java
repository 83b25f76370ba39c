/**
 * The web edge over the hubs domain: the REST resources of hubs, memberships, users, widget
 * instances and the widget catalogue, their JSON views, and the hub pages ({@code /u/<user>/},
 * {@code /t/<team>/}). Resources unwrap and validate, ask
 * {@link org.fedoraproject.hubs.account.Authorization} before any change, and delegate to the
 * domain's services.
 */
package org.fedoraproject.hubs.hub.web;
