package dev.bastion.identity.web;

import dev.bastion.identity.model.CharacterOutcome;

/** The words for what happened to one of a member's characters, as My account shows them. */
public final class CharacterMessages {

    /** Where a player revokes a grant themselves when EVE SSO cannot be reached. */
    static final String CCP_GRANTS = "https://community.eveonline.com/support/third-party-applications/";

    private CharacterMessages() {
    }

    public static String of(CharacterOutcome o) {
        String done = switch (o.kind()) {
            case ADDED -> o.character() + " was added to your account.";
            case TOKEN_RENEWED -> "The token of " + o.character() + " was renewed.";
            case MAIN_CHANGED -> "Your main is now " + o.character() + ".";
            case REMOVED -> o.character() + " was removed from your account.";
            case TOKEN_REVOKED -> "The token of " + o.character() + " was revoked.";
        };
        return switch (o.revocation()) {
            case NONE, REVOKED -> done;
            case UNREADABLE -> done + " (Its stored token could not be read, so it was only deleted here.)";
            case SSO_UNREACHABLE -> done + " EVE SSO could not be reached to revoke the grant; revoke it yourself at "
                    + CCP_GRANTS + " if you want it gone there too.";
        };
    }
}
