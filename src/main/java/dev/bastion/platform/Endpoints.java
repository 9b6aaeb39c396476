package dev.bastion.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The base URLs of every outside service. In demo mode they all point at the embedded simulator on
 * this server, so the same code paths talk to the simulator and, in production, to CCP and Discord.
 */
@ApplicationScoped
public class Endpoints {

    private static final Logger LOG = Logger.getLogger(Endpoints.class.getName());

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

    @Inject
    @ConfigProperty(name = "bastion.public-url")
    Optional<String> publicUrl;

    private final AtomicBoolean unreachableLogged = new AtomicBoolean();

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

    /**
     * EVE's image server as services on the internet load it (Discord fetches a post's logos and icons
     * itself): {@code bastion.images.base-url}, also while the simulator is on, whose stand-in lives on
     * this server where Discord cannot reach it.
     */
    public String imageServer() {
        return trim(imagesBaseUrl);
    }

    /**
     * Bastion's public address ({@code bastion.public-url}, without a trailing slash), for what services
     * on the internet load from Bastion themselves (the avatar and icons of Discord posts); empty when it
     * is not set or names this machine or a private network, which they could not reach.
     */
    public Optional<String> publicBase() {
        Optional<String> base = publicUrl.flatMap(PublicAddress::reachable);
        if (base.isEmpty() && publicUrl.filter(u -> !u.isBlank()).isPresent() && unreachableLogged.compareAndSet(false, true)) {
            LOG.warning(() -> "bastion.public-url " + publicUrl.get() + " cannot be reached from the internet: Discord posts "
                    + "go out without the images Bastion serves itself (avatar, footer icon)");
        }
        return base;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
