package org.fedoraproject.hubs.rebuild;

/** A cached function's {@code execute} failed; the last good value was kept and the failure recorded. */
public class RebuildFailedException extends Exception {

    public RebuildFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
