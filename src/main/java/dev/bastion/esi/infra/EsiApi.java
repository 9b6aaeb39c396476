package dev.bastion.esi.infra;

import dev.bastion.esi.app.EsiClient;
import dev.bastion.esi.model.EsiGateway;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Collection;

/**
 * The ESI routes Bastion calls (un-versioned paths with a compatibility date). Methods return the raw
 * Response so that {@link EsiGateway} sees status and headers; {@link EsiClient} is the typed face.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface EsiApi {

    String IF_NONE_MATCH = "If-None-Match";

    @GET
    @Path("characters/{character_id}")
    Response character(@PathParam("character_id") long characterId, @HeaderParam(IF_NONE_MATCH) String etag);

    @GET
    @Path("corporations/{corporation_id}")
    Response corporation(@PathParam("corporation_id") long corporationId, @HeaderParam(IF_NONE_MATCH) String etag);

    @GET
    @Path("alliances/{alliance_id}")
    Response alliance(@PathParam("alliance_id") long allianceId, @HeaderParam(IF_NONE_MATCH) String etag);

    @POST
    @Path("characters/affiliation")
    @Consumes(MediaType.APPLICATION_JSON)
    Response affiliation(Collection<Long> characterIds);

    @POST
    @Path("universe/names")
    @Consumes(MediaType.APPLICATION_JSON)
    Response names(Collection<Long> ids);

    @POST
    @Path("universe/ids")
    @Consumes(MediaType.APPLICATION_JSON)
    Response ids(Collection<String> names);

    @GET
    @Path("universe/types")
    Response typeIds(@QueryParam("page") int page, @HeaderParam(IF_NONE_MATCH) String etag);

    @GET
    @Path("universe/types/{type_id}")
    Response type(@PathParam("type_id") int typeId, @HeaderParam(IF_NONE_MATCH) String etag);

    @GET
    @Path("universe/groups/{group_id}")
    Response group(@PathParam("group_id") int groupId, @HeaderParam(IF_NONE_MATCH) String etag);

    @GET
    @Path("universe/categories/{category_id}")
    Response category(@PathParam("category_id") int categoryId, @HeaderParam(IF_NONE_MATCH) String etag);

    @GET
    @Path("killmails/{killmail_id}/{killmail_hash}")
    Response killmail(@PathParam("killmail_id") long killmailId, @PathParam("killmail_hash") String hash);
}
