/**
 * Package reviews: a contributor's Package Review requests in Bugzilla, split by the
 * {@code fedora-review} flag into waiting for a reviewer, under review and approved.
 */
package org.fedoraproject.hubs.widgets.reviews;
