package org.fedoraproject.hubs.bus;

/** Something that arrived on the bus is not a valid bus message; carries the reason to count. */
public class InvalidMessageException extends Exception {

    private final RejectionReason reason;

    public InvalidMessageException(RejectionReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
