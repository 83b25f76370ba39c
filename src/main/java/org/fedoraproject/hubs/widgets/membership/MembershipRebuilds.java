package org.fedoraproject.hubs.widgets.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fedoraproject.hubs.hub.MembershipChanged;
import org.fedoraproject.hubs.hub.WidgetDirectory;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.RebuildRequests;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetCatalog;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * Once a membership change has committed, queues the rebuild of every widget instance that lists
 * it ({@link MembershipListing}). Instances are found in the {@link WidgetDirectory}, the in-memory
 * list that triage and the rebuild workers read: no database query, and a scan of it is cheap next
 * to the click that changed a membership. Only the server that made the change observes it; the
 * rebuild queue and its states are the cluster's.
 */
@ApplicationScoped
public class MembershipRebuilds {

    @Inject
    WidgetDirectory directory;

    @Inject
    WidgetCatalog catalog;

    @Inject
    RebuildRequests rebuilds;

    void membershipChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged change) {
        rebuilds.requestAfterCommit(work(change, directory.all(), catalog::find),
                "it shows the change at its next rebuild or change of configuration");
    }

    /** Every function of every instance whose type lists memberships and says the change concerns it. */
    static List<WorkItem> work(MembershipChanged change, Collection<WidgetRef> widgets,
                               Function<String, Optional<WidgetType>> types) {
        List<WorkItem> items = new ArrayList<>();
        for (WidgetRef widget : widgets) {
            Optional<WidgetType> type = types.apply(widget.type());
            if (type.isPresent() && type.get() instanceof MembershipListing listing
                    && listing.concerns(change, widget.config())) {
                for (CachedFunction function : listing.functions()) {
                    items.add(new WorkItem(widget.id(), function.id()));
                }
            }
        }
        return items;
    }
}
