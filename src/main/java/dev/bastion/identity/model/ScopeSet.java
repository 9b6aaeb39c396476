package dev.bastion.identity.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The EVE SSO scopes asked for one purpose, under the name a page starts the round trip with
 * ({@code /account/add-character?for=<name>}). Bastion asks for scopes only when a module needs them:
 * logging in and adding an alt ask for identity's own set, {@value #IDENTITY} (the configured
 * {@code bastion.sso.login-scopes}, {@code publicData}); a module that reads more from ESI for a character
 * (member audit) declares its own set and sends the member through the round trip with its name when they
 * register a character for it. The token that comes back is stored as every token is; the module later
 * asks {@code TokenService.tokenFor(characterId, set.scopes())}.
 */
public record ScopeSet(String name, List<String> scopes) {

    /** Identity's set: what a login and an added alt ask for. */
    public static final String IDENTITY = "identity";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9._-]+");

    public ScopeSet {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A scope set is named by 1 to 40 lower-case letters, digits and '-' "
                    + "(starting with a letter), not " + name);
        }
        scopes = scopes == null ? List.of() : scopes.stream().distinct().toList();
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("The scope set " + name + " names no scope");
        }
        for (String s : scopes) {
            if (s == null || !SCOPE.matcher(s).matches()) {
                throw new IllegalArgumentException("The scope set " + name + " names an invalid scope: " + s);
            }
        }
    }

    /** True when a grant with these scopes serves this set. */
    public boolean grantedBy(List<String> granted) {
        return granted.containsAll(scopes);
    }
}
