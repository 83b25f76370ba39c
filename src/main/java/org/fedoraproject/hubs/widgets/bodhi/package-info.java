/**
 * Bodhi updates: a contributor's updates pending, in testing, and ready for stable (testing updates
 * that meet their testing requirements); kept fresh by Bodhi's update messages about updates they
 * submitted, comments and karma included.
 */
package org.fedoraproject.hubs.widgets.bodhi;
