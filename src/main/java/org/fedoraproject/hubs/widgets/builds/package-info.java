/**
 * Builds: a contributor's recent Koji builds and the recent builds of one of their Copr projects,
 * with their state; Koji's list is kept fresh by build state changes of their builds, Copr's by build
 * starts and ends in that project. Koji is read over XML-RPC ({@link org.fedoraproject.hubs.widgets.builds.XmlRpc}).
 */
package org.fedoraproject.hubs.widgets.builds;
