package dev.bastion.notify.infra;

import dev.bastion.platform.BastionVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Posts one message to one webhook with {@code ?wait=true} (so Discord confirms with the message id)
 * through a MicroProfile REST client, and reads the answer into a {@link SendOutcome}. Never retries by
 * itself: the dispatcher decides, so that a retry never overtakes the order of a channel.
 */
@ApplicationScoped
public class DiscordPoster {

    @Inject
    @ConfigProperty(name = "bastion.notify.discord.connect-timeout-seconds", defaultValue = "5")
    int connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "bastion.notify.discord.read-timeout-seconds", defaultValue = "15")
    int readTimeoutSeconds;

    private final Map<String, DiscordWebhookApi> clients = new ConcurrentHashMap<>();

    public SendOutcome post(String webhookUrl, String payload) {
        DiscordWebhookApi api = clients.computeIfAbsent(webhookUrl, url -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(connectTimeoutSeconds, TimeUnit.SECONDS)
                .readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(DiscordWebhookApi.class));
        try (Response r = api.execute(true, userAgent(), payload)) {
            Map<String, String> headers = new HashMap<>();
            r.getStringHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.isEmpty() ? null : v.get(0)));
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            return SendOutcome.of(r.getStatus(), headers, body);
        } catch (ProcessingException e) {
            return SendOutcome.unreachable(e.getCause() == null ? e.getMessage() : e.getCause().toString());
        }
    }

    /** Discord asks bots for "DiscordBot (url, version)". */
    static String userAgent() {
        return "DiscordBot (https://github.com/bastion-eve/bastion, " + BastionVersion.get() + ")";
    }
}
