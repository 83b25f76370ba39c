/**
 * Activity: a hub's activity stream, built from the bus itself. Owns who a message concerns
 * ({@link org.fedoraproject.hubs.widgets.activity.ConcernedPeople}), the one-line summaries of
 * messages ({@link org.fedoraproject.hubs.widgets.activity.Summaries}), the rows kept per widget
 * instance ({@link org.fedoraproject.hubs.widgets.activity.ActivityLog}, tables of
 * {@code db/migration/V2__activity.sql}) and the first fill from datagrepper
 * ({@link org.fedoraproject.hubs.widgets.activity.ActivityBackfill}).
 */
package org.fedoraproject.hubs.widgets.activity;
