/**
 * Triage: for each bus message from {@code hubs.inbound}, find the widget instances' cached
 * functions that it invalidates and queue one rebuild work item (ids only) for each.
 */
package org.fedoraproject.hubs.triage;
