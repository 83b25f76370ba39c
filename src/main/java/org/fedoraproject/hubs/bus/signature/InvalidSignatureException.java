package org.fedoraproject.hubs.bus.signature;

/** A bus message's signature was not accepted; carries the reason to count. */
public class InvalidSignatureException extends Exception {

    private final SignatureFailure failure;

    public InvalidSignatureException(SignatureFailure failure, String detail) {
        super(detail);
        this.failure = failure;
    }

    public InvalidSignatureException(SignatureFailure failure, String detail, Throwable cause) {
        super(detail, cause);
        this.failure = failure;
    }

    public SignatureFailure failure() {
        return failure;
    }
}
