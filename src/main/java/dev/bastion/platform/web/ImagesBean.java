package dev.bastion.platform.web;

import dev.bastion.platform.Endpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code #{images}}: URLs on EVE's image server (portraits, logos, icons); the simulator serves stand-ins in the demo. */
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

    public String allianceLogo(Long allianceId, int size) {
        return allianceId == null ? "" : endpoints.images() + "/alliances/" + allianceId + "/logo?size=" + size;
    }

    public String typeIcon(Long typeId, int size) {
        return typeId == null ? "" : endpoints.images() + "/types/" + typeId + "/icon?size=" + size;
    }

    /**
     * The picture of anything with an ID, by its kind; empty for kinds EVE has no picture of (systems,
     * regions, groups). Faction logos live with the corporations' on the image server.
     */
    public String of(String kind, Long id, int size) {
        if (id == null || kind == null) {
            return "";
        }
        return switch (kind) {
            case "character" -> portrait(id, size);
            case "corporation", "faction" -> corporationLogo(id, size);
            case "alliance" -> allianceLogo(id, size);
            case "type" -> typeIcon(id, size);
            default -> "";
        };
    }
}
