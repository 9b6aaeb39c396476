package dev.bastion.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings a production server (simulator off) cannot start without, beyond identity's keys: the SSO
 * callback registered at CCP (otherwise redirect_uri would follow whatever Host header a request
 * carries) and the operator's contact, which CCP asks every ESI and SSO client to put in its User-Agent.
 */
public final class ProductionSettings {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ProductionSettings() {
    }

    /** What is missing or wrong, one sentence each; empty when the server may start. */
    public static List<String> problems(boolean simulator, Optional<String> callbackUrl, Optional<String> contact) {
        List<String> problems = new ArrayList<>();
        if (simulator) {
            return problems;
        }
        String callback = callbackUrl.map(String::trim).orElse("");
        if (callback.isEmpty()) {
            problems.add("bastion.sso.callback-url is not set: give the callback registered at CCP, "
                    + "e.g. https://auth.example.org/sso/callback");
        } else if (!absoluteHttp(callback) || !URI.create(callback).getPath().endsWith("/sso/callback")) {
            problems.add("bastion.sso.callback-url must be the absolute address of Bastion's /sso/callback, not " + callback);
        }
        String c = contact.map(String::trim).orElse("");
        if (c.isEmpty()) {
            problems.add("bastion.esi.user-agent.contact is not set: CCP asks for an e-mail address or URL "
                    + "to reach the operator in every ESI and SSO request");
        } else if (!EMAIL.matcher(c).matches() && !absoluteHttp(c)) {
            problems.add("bastion.esi.user-agent.contact must be an e-mail address or an http(s) URL, not " + c);
        }
        return problems;
    }

    private static boolean absoluteHttp(String s) {
        try {
            URI u = URI.create(s);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
