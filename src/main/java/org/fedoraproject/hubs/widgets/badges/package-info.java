/**
 * Badges: the Fedora Badges (Tahrir) a contributor was awarded, newest first, with their rank; kept
 * fresh by fedbadges' award and rank messages about that contributor.
 */
package org.fedoraproject.hubs.widgets.badges;
