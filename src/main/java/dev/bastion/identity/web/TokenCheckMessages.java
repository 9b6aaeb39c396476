package dev.bastion.identity.web;

import dev.bastion.identity.app.TokenService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words for a check of every SSO token (users page), as an administrator reads them. */
final class TokenCheckMessages {

    private TokenCheckMessages() {
    }

    static String of(Map<TokenService.Outcome, Integer> outcomes) {
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "SSO tokens checked: there was no valid token to check.";
        }
        List<String> parts = new ArrayList<>();
        int refreshed = outcomes.getOrDefault(TokenService.Outcome.REFRESHED, 0);
        int invalidated = outcomes.getOrDefault(TokenService.Outcome.INVALIDATED, 0);
        int transferred = outcomes.getOrDefault(TokenService.Outcome.TRANSFERRED, 0);
        int unavailable = outcomes.getOrDefault(TokenService.Outcome.UNAVAILABLE, 0);
        if (refreshed > 0) {
            parts.add(refreshed + " still " + (refreshed == 1 ? "works" : "work"));
        }
        if (invalidated > 0) {
            parts.add(invalidated + " no longer " + (invalidated == 1 ? "works" : "work")
                    + " (EVE SSO refused " + (invalidated == 1 ? "it; its owner was" : "them; their owners were")
                    + " told to add the character again)");
        }
        if (transferred > 0) {
            parts.add(transferred + (transferred == 1 ? " belongs" : " belong")
                    + " to a character that moved to another EVE account (it left its old owner here)");
        }
        if (unavailable > 0) {
            parts.add(unavailable + " could not be checked because EVE SSO did not answer (the next check tries again)");
        }
        return "SSO tokens checked: " + total + (total == 1 ? " token: " : " tokens: ") + String.join("; ", parts) + ".";
    }
}
