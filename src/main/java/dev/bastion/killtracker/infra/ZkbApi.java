package dev.bastion.killtracker.infra;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** zKillboard's API: {@code killID/<id>/} answers an array with the killmail's zkb block (and hash). */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface ZkbApi {

    @GET
    @Path("killID/{id}/")
    Response killmail(@PathParam("id") long killmailId, @HeaderParam("User-Agent") String userAgent);
}
