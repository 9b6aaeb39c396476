package dev.bastion.simulator.r2z2;

import dev.bastion.simulator.SimDb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.io.StringReader;

/** zKillboard's API for one killmail ({@code killID/<id>/}): an array with its zkb block, or empty. */
@Path("zkb/api")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ZkbApiSimulatorResource {

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @GET
    @Path("killID/{id}/")
    public Response killmail(@PathParam("id") long id) {
        String envelope = new SimDb(dataSource).one("SELECT envelope FROM sim_r2z2_killmail WHERE killmail_id = ? "
                + "ORDER BY sequence_id DESC LIMIT 1", rs -> rs.getString(1), id);
        if (envelope == null) {
            return Response.ok("[]").build();
        }
        JsonObject e = Json.createReader(new StringReader(envelope)).readObject();
        JsonObject zkb = Json.createObjectBuilder(e.getJsonObject("zkb")).add("hash", e.getString("hash")).build();
        return Response.ok(Json.createArrayBuilder().add(Json.createObjectBuilder().add("killmail_id", id).add("zkb", zkb))
                .build().toString()).build();
    }
}
