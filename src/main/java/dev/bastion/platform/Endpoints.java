package dev.bastion.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The base URLs of every outside service. In demo mode they all point at the embedded simulator on
 * this server, so the same code paths talk to the simulator and, in production, to CCP and Discord.
 */
@ApplicationScoped
public class Endpoints {

    @Inject
    @ConfigProperty(name = "bastion.simulator.enabled", defaultValue = "false")
    boolean simulatorEnabled;

    @Inject
    @ConfigProperty(name = "bastion.simulator.base-url", defaultValue = "http://localhost:9080")
    String simulatorBaseUrl;

    @Inject
    @ConfigProperty(name = "bastion.esi.base-url", defaultValue = "https://esi.evetech.net")
    String esiBaseUrl;

    @Inject
    @ConfigProperty(name = "bastion.sso.base-url", defaultValue = "https://login.eveonline.com")
    String ssoBaseUrl;

    @Inject
    @ConfigProperty(name = "bastion.images.base-url", defaultValue = "https://images.evetech.net")
    String imagesBaseUrl;

    @Inject
    @ConfigProperty(name = "bastion.zkillboard.r2z2-url", defaultValue = "https://r2z2.zkillboard.com/ephemeral")
    String r2z2Url;

    @Inject
    @ConfigProperty(name = "bastion.zkillboard.api-url", defaultValue = "https://zkillboard.com/api")
    String zkillboardApiUrl;

    public boolean simulatorEnabled() {
        return simulatorEnabled;
    }

    public URI esi() {
        return URI.create(simulatorEnabled ? trim(simulatorBaseUrl) + "/sim/esi" : trim(esiBaseUrl));
    }

    public URI sso() {
        return URI.create(simulatorEnabled ? trim(simulatorBaseUrl) + "/sim/sso" : trim(ssoBaseUrl));
    }

    /** zKillboard's R2Z2 killmail feed (the directory holding sequence.json). */
    public URI r2z2() {
        return URI.create(simulatorEnabled ? trim(simulatorBaseUrl) + "/sim/r2z2" : trim(r2z2Url));
    }

    /** zKillboard's API (killmail hashes by ID, for the admin test run). */
    public URI zkillboardApi() {
        return URI.create(simulatorEnabled ? trim(simulatorBaseUrl) + "/sim/zkb/api" : trim(zkillboardApiUrl));
    }

    /** The simulator's base URL in demo mode (webhooks may point at its Discord sink), else null. */
    public String simulatorBase() {
        return simulatorEnabled ? trim(simulatorBaseUrl) : null;
    }

    /** EVE's image server (portraits, logos); browsers load from it directly. */
    public String images() {
        return simulatorEnabled ? "/sim/images" : trim(imagesBaseUrl);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
