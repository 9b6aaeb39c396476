package dev.bastion.platform;

/** The current user may not do this; the web layer answers 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
