package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.app.KillFeed;

import dev.bastion.platform.BastionVersion;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.util.concurrent.TimeUnit;

/**
 * The R2Z2 client: one request per call, with a descriptive User-Agent (Cloudflare blocks blank ones)
 * and the spec's timeouts (5 s connect, 30 s read). Pacing and retries belong to {@link KillFeed}.
 */
@ApplicationScoped
public class R2z2Client {

    @Inject
    Endpoints endpoints;

    private R2z2Api api;

    @PostConstruct
    void init() {
        api = RestClientBuilder.newBuilder().baseUri(endpoints.r2z2())
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(R2z2Api.class);
    }

    public FeedAnswer sequence() {
        return call(() -> api.sequence(userAgent()));
    }

    public FeedAnswer killmail(long sequence) {
        return call(() -> api.killmail(sequence, userAgent()));
    }

    private static FeedAnswer call(java.util.function.Supplier<Response> request) {
        try (Response r = request.get()) {
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            return FeedAnswer.of(r.getStatus(), r.getHeaderString("Retry-After"), body);
        } catch (ProcessingException e) {
            return new FeedAnswer.Failed("zKillboard unreachable: " + (e.getCause() == null ? e.getMessage() : e.getCause()));
        }
    }

    /** zKillboard (behind Cloudflare) blocks blank User-Agents; the API and R2Z2 both get this one. */
    public static String userAgent() {
        return "Bastion/" + BastionVersion.get() + " (alliance portal; kill tracker)";
    }
}
