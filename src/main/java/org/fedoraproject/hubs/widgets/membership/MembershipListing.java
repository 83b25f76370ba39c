package org.fedoraproject.hubs.widgets.membership;

import org.fedoraproject.hubs.hub.MembershipChanged;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * A widget type whose values list memberships, read from Hubs' own data rather than from the bus:
 * {@link MembershipRebuilds} rebuilds the instances a committed change concerns.
 */
public interface MembershipListing extends WidgetType {

    /** Whether the change may alter what an instance configured with {@code config} shows. */
    boolean concerns(MembershipChanged change, WidgetConfig config);
}
