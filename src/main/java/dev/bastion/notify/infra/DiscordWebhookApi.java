package dev.bastion.notify.infra;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Discord's "execute webhook" route; the base URI is the webhook URL itself. */
@Path("")
public interface DiscordWebhookApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response execute(@QueryParam("wait") boolean wait, @HeaderParam("User-Agent") String userAgent, String payload);
}
