package dev.bastion.killtracker.infra;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** zKillboard's R2Z2 files: {@code sequence.json} and {@code <sequence>.json}. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface R2z2Api {

    @GET
    @Path("sequence.json")
    Response sequence(@HeaderParam("User-Agent") String userAgent);

    @GET
    @Path("{sequence}.json")
    Response killmail(@PathParam("sequence") long sequence, @HeaderParam("User-Agent") String userAgent);
}
