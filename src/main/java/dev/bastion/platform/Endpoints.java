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

    public boolean simulatorEnabled() {
        return simulatorEnabled;
    }

    public URI esi() {
        return URI.create(simulatorEnabled ? trim(simulatorBaseUrl) + "/sim/esi" : trim(esiBaseUrl));
    }

    public URI sso() {
        return URI.create(simulatorEnabled ? trim(simulatorBaseUrl) + "/sim/sso" : trim(ssoBaseUrl));
    }

    /** EVE's image server (portraits, logos); browsers load from it directly. */
    public String images() {
        return simulatorEnabled ? "/sim/images" : trim(imagesBaseUrl);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
