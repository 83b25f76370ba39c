/**
 * Operators' view: counters of every stage of the pipeline, queue depths, dead letters, cache
 * coverage and open live streams, as {@code GET /api/admin/status} for the {@code /admin/} page.
 */
package org.fedoraproject.hubs.admin;
