package org.fedoraproject.hubs.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.triage.TriageIndex.Candidate;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.MessageLog;

/**
 * Decides which cached functions a message invalidates by asking the candidates the
 * {@link TriageIndex} finds for it, which are all the functions that may answer yes. A function
 * that throws is counted against its widget type and treated as "no": one broken widget type cannot
 * stop triage for the others.
 *
 * <p>A function that is also a {@link MessageLog} records each message that invalidates it, here,
 * before its rebuild can be queued (the rebuild reads what was recorded). Its failure is not
 * isolated: it propagates, the triage rolls back and the message comes again, since swallowing it
 * would lose the message from that widget's stream for good.
 */
public final class Triage {

    private static final Logger LOG = Logger.getLogger(Triage.class.getName());

    private final TriageIndex index;
    private final TriageStats stats;

    public Triage(TriageIndex index, TriageStats stats) {
        this.index = index;
        this.stats = stats;
    }

    public List<WorkItem> invalidated(BusMessage message) {
        List<WorkItem> work = new ArrayList<>();
        for (Candidate candidate : index.candidates(message)) {
            WidgetRef widget = candidate.widget();
            CachedFunction function = candidate.function();
            if (invalidates(widget, function, message, stats)) {
                if (function instanceof MessageLog log) {
                    log.record(message, widget.id(), widget.config());
                }
                work.add(new WorkItem(widget.id(), function.id()));
            }
        }
        stats.triaged(work.size());
        return work;
    }

    /**
     * Asks one function of one instance, isolating its failure. Shared with the reference scan that
     * asks every function (in the tests), so both decide alike.
     */
    static boolean invalidates(WidgetRef widget, CachedFunction function, BusMessage message, TriageStats stats) {
        try {
            return function.shouldInvalidate(message, widget.config());
        } catch (RuntimeException e) {
            stats.failed(widget.type());
            LOG.log(Level.WARNING, e, () -> widget.type() + "/" + function.id()
                    + " failed deciding about " + message + "; treated as not invalidated");
            return false;
        }
    }
}
