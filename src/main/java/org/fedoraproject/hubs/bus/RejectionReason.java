package org.fedoraproject.hubs.bus;

import org.fedoraproject.hubs.EnumKeys;

/** Why ingest dropped something that arrived on the bus. The names are the counters' names. */
public enum RejectionReason {
    WRONG_FRAME_COUNT,
    TOO_LARGE,
    INVALID_UTF8,
    INVALID_JSON,
    MISSING_TOPIC,
    TOPIC_MISMATCH,
    NOT_A_BUS_MESSAGE,
    MISSING_BODY,
    /** {@code hubs.bus.validate-signatures} is on and the x509 signature does not verify. */
    INVALID_SIGNATURE;

    /** The counter name shown to operators, e.g. {@code invalid_json}. */
    public String key() {
        return EnumKeys.key(this);
    }
}
