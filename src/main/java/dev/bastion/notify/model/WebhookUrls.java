package dev.bastion.notify.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs are Discord webhooks: https on Discord's own hosts, {@code /api[/vN]/webhooks/<id>/<token>},
 * nothing else (no query, no credentials, no other port), so a webhook can never be used to make the
 * server call an arbitrary address. In demo mode the simulator's sink is accepted too.
 */
public final class WebhookUrls {

    static final Set<String> DISCORD_HOSTS = Set.of("discord.com", "discordapp.com", "ptb.discord.com",
            "canary.discord.com");
    private static final Pattern DISCORD_PATH = Pattern.compile("/api(/v\\d{1,2})?/webhooks/\\d{17,20}/[A-Za-z0-9_-]{20,100}");
    private static final Pattern SIM_PATH = Pattern.compile("/sim/discord/webhooks/\\d{1,20}/[A-Za-z0-9_-]{1,100}");

    private WebhookUrls() {
    }

    /** Why the URL is refused, or empty when it is a Discord webhook (or the simulator's, when given). */
    public static Optional<String> problem(String url, String simulatorBaseUrl) {
        if (url == null || url.isBlank()) {
            return Optional.of("Enter the webhook URL Discord gave you.");
        }
        if (url.length() > 255) {
            return Optional.of("The URL is longer than 255 characters.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("This is not a URL.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.of("A webhook URL has no query, fragment or credentials; copy it again from Discord.");
        }
        if (simulatorBaseUrl != null && url.startsWith(simulatorBaseUrl + "/sim/discord/webhooks/")
                && SIM_PATH.matcher(url.substring(simulatorBaseUrl.length())).matches()) {
            return Optional.empty();
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !DISCORD_HOSTS.contains(uri.getHost())
                || uri.getPort() != -1) {
            return Optional.of("A Discord webhook URL starts with https://discord.com/api/webhooks/.");
        }
        if (uri.getRawPath() == null || !DISCORD_PATH.matcher(uri.getRawPath()).matches()) {
            return Optional.of("The URL must look like https://discord.com/api/webhooks/<id>/<token>.");
        }
        return Optional.empty();
    }

    /** The URL with the token replaced, for pages and logs: the token is the webhook's only secret. */
    public static String mask(String url) {
        if (url == null) {
            return "";
        }
        int last = url.lastIndexOf('/');
        return last < 0 ? url : url.substring(0, last + 1) + "…";
    }
}
