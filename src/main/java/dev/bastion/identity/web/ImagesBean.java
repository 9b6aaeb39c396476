package dev.bastion.identity.web;

import dev.bastion.platform.Endpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** URLs of EVE's image server (portraits, logos); the simulator serves stand-ins in the demo. */
@Named("images")
@ApplicationScoped
public class ImagesBean {

    @Inject
    Endpoints endpoints;

    public String portrait(long characterId, int size) {
        return endpoints.images() + "/characters/" + characterId + "/portrait?size=" + size;
    }

    public String corporationLogo(Long corporationId, int size) {
        return corporationId == null ? "" : endpoints.images() + "/corporations/" + corporationId + "/logo?size=" + size;
    }
}
