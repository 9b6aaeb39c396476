package dev.bastion.identity.app;

import dev.bastion.platform.Refusal;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Item 10: which failures of a sign-in transaction mean "a concurrent sign-in took the key first". */
class SignInTest {

    @Test
    void item10_aDuplicateKeyDeepInTheCauseChainIsRetried() {
        var duplicate = new SQLException("duplicate key value violates unique constraint \"app_user_username_key\"", "23505");
        var wrapped = new RuntimeException("EJB", new IllegalStateException("persistence", duplicate));
        assertTrue(SignIn.isUniqueViolation(wrapped));
    }

    @Test
    void item10_otherDatabaseErrorsAreNot() {
        assertFalse(SignIn.isUniqueViolation(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertFalse(SignIn.isUniqueViolation(new Refusal("That character is not one of yours.")));
    }
}
