package dev.bastion.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refused action in any context (not your character, name taken, you do not hold what you grant ...): the
 * transaction rolls back and nothing changes; the page shows the reason. A refusal about one input names it
 * ({@link #field}: the service's name for it, e.g. "priority"), so that a form shows the reason under that field.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private final String field;

    public Refusal(String message) {
        this(null, message);
    }

    public Refusal(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the refusal is about, if it is about one. */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }
}
