package org.fedoraproject.hubs.account;

/** A bearer token that is not accepted, and why (the reason goes back to the client). */
public class InvalidTokenException extends Exception {

    public InvalidTokenException(String reason) {
        super(reason);
    }
}
