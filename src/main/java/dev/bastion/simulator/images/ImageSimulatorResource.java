package dev.bastion.simulator.images;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * Stand-ins for EVE's image server (images.evetech.net) in the demo, which has no internet: a
 * deterministic coloured tile per ID, so that pages and screenshots look like they will in production.
 */
@Path("images")
@RequestScoped
public class ImageSimulatorResource {

    @GET
    @Path("characters/{id}/portrait")
    public Response portrait(@PathParam("id") long id, @QueryParam("size") Integer size) {
        return tile(id, size, "\u2726");
    }

    @GET
    @Path("corporations/{id}/logo")
    public Response corporationLogo(@PathParam("id") long id, @QueryParam("size") Integer size) {
        return tile(id, size, "\u25C6");
    }

    @GET
    @Path("alliances/{id}/logo")
    public Response allianceLogo(@PathParam("id") long id, @QueryParam("size") Integer size) {
        return tile(id, size, "\u2B22");
    }

    @GET
    @Path("types/{id}/icon")
    public Response typeIcon(@PathParam("id") long id, @QueryParam("size") Integer size) {
        return tile(id, size, "\u25A0");
    }

    @GET
    @Path("types/{id}/render")
    public Response typeRender(@PathParam("id") long id, @QueryParam("size") Integer size) {
        return tile(id, size, "\u25B2");
    }

    private static Response tile(long id, Integer size, String glyph) {
        int s = size == null || size < 32 || size > 1024 ? 64 : size;
        int hue = (int) (Math.floorMod(id * 2654435761L, 360L));
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='" + s + "' height='" + s + "' viewBox='0 0 64 64'>"
                + "<rect width='64' height='64' fill='hsl(" + hue + ",45%,32%)'/>"
                + "<circle cx='32' cy='26' r='13' fill='hsl(" + hue + ",35%,70%)'/>"
                + "<rect x='12' y='42' width='40' height='22' rx='10' fill='hsl(" + hue + ",35%,70%)'/>"
                + "<text x='58' y='12' font-size='10' text-anchor='end' fill='#fff'>" + glyph + "</text></svg>";
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(svg, "image/svg+xml").cacheControl(cache).build();
    }
}
