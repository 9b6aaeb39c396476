package dev.bastion.identity;

import jakarta.ejb.ApplicationException;

/** A refused identity action (not your character, name taken...). The message is shown to the user as is. */
@ApplicationException(rollback = true)
public class IdentityException extends RuntimeException {

    public IdentityException(String message) {
        super(message);
    }
}
