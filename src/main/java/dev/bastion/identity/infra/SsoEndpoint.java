package dev.bastion.identity.infra;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One EVE SSO endpoint as a MicroProfile REST client. CCP publishes the endpoint URLs in the metadata
 * document and says they may change, so each client is built on the full URL read from there.
 */
public interface SsoEndpoint {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response get();

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@HeaderParam("Authorization") String authorization, Form form);
}
