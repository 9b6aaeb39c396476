package dev.bastion.esi.model;

import java.time.Instant;
import java.util.Optional;

/** An ESI call that did not succeed, with what the caller can do about it. */
public class EsiException extends RuntimeException {

    /** Why the call failed. */
    public enum Kind {
        /** 4xx other than 420/429: the request itself is wrong or the thing does not exist; no retry. */
        REJECTED,
        /** Rate or error limit reached and the wait is longer than a caller should block; retry at retryAt. */
        RATE_LIMITED,
        /** 5xx, timeouts, refused connections after every retry; ESI is down or degraded. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final int status;
    private final Instant retryAt;

    public EsiException(Kind kind, int status, String message, Instant retryAt) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAt = retryAt;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }

    /** The ESI failure behind an exception, also when an EJB call handed it on wrapped in an EJBException. */
    public static Optional<EsiException> causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EsiException esi) {
                return Optional.of(esi);
            }
        }
        return Optional.empty();
    }
}
