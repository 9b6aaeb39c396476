package dev.bastion.killtracker.model;

/** A feed envelope or killmail that cannot be read; the feed logs it and moves on. */
public class MalformedKillmailException extends RuntimeException {

    public MalformedKillmailException(String message) {
        super(message);
    }

    public MalformedKillmailException(String message, Throwable cause) {
        super(message, cause);
    }
}
