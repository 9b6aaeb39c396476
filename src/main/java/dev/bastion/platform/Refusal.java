package dev.bastion.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refused action in any context (not your character, name taken, you do not hold what you grant ...): the
 * transaction rolls back and nothing changes; the page shows the reason.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    public Refusal(String message) {
        super(message);
    }
}
