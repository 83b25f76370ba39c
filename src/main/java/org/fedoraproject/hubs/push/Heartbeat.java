package org.fedoraproject.hubs.push;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Sends the heartbeat comment to every open stream every 20 seconds (the contract says at most 30). */
@Singleton
public class Heartbeat {

    @Inject
    HubStreams streams;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void beat() {
        streams.heartbeat();
    }
}
