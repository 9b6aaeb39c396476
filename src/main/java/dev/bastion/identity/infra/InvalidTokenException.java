package dev.bastion.identity.infra;

/** An access token from EVE SSO that failed verification; the message says which check and is safe to show. */
public class InvalidTokenException extends Exception {

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
