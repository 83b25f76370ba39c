package org.fedoraproject.hubs.push;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Optional;
import org.fedoraproject.hubs.hub.FedoraName;
import org.fedoraproject.hubs.hub.HubService;

/**
 * {@code GET /api/hubs/{hub}/events}: the hub's live stream. A browser resumes with the
 * {@code Last-Event-ID} header (sent by {@code EventSource} on reconnect) or, on its first
 * connection, with {@code ?since=} set to the id the page was rendered at. Public; the number of
 * open streams is limited per client address and per server.
 */
@Path("hubs/{hub}/events")
public class HubEventsResource {

    @Inject
    HubService hubs;

    @Inject
    HubStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("hub") @FedoraName String hub,
                       @HeaderParam("Last-Event-ID") String lastEventId,
                       @QueryParam("since") String since,
                       @Context SseEventSink sink,
                       @Context Sse sse,
                       @Context HttpServletRequest request) {
        hubs.require(hub);
        streams.subscribe(hub, sink, sse, eventId(lastEventId).or(() -> eventId(since)), request.getRemoteAddr());
    }

    /** An id the browser sends back; anything unreadable counts as "unknown", which means resync. */
    private static Optional<Long> eventId(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }
}
