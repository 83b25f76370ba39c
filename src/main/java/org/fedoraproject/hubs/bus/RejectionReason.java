package org.fedoraproject.hubs.bus;

import org.fedoraproject.hubs.EnumKeys;

/** Why ingest dropped something that arrived on the bus. The names are the counters' names. */
public enum RejectionReason {
    WRONG_FRAME_COUNT,
    TOO_LARGE,
    INVALID_UTF8,
    INVALID_JSON,
    /** JSON nested deeper than the parser accepts (a body built to exhaust the stack). */
    TOO_DEEP,
    /** Valid JSON of the wrong kind, e.g. a fedora-messaging body that is an array, not an object. */
    WRONG_SHAPE,
    MISSING_TOPIC,
    TOPIC_MISMATCH,
    NOT_A_BUS_MESSAGE,
    MISSING_BODY,
    /** A datagrepper backlog page that could not be read even when asked again (its messages are skipped). */
    UNREADABLE_PAGE,
    /** {@code hubs.bus.validate-signatures} is on and the x509 signature does not verify. */
    INVALID_SIGNATURE;

    /** The counter name shown to operators, e.g. {@code invalid_json}. */
    public String key() {
        return EnumKeys.key(this);
    }
}
