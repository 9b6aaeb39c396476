package dev.bastion.killtracker.app;

import dev.bastion.killtracker.infra.KillmailMessage;

import dev.bastion.platform.Endpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The kill tracker's settings (docs/configuration.md), with the seed's defaults. */
@ApplicationScoped
public class KillTrackerSettings {

    @Inject
    @ConfigProperty(name = "bastion.killtracker.max-age-minutes", defaultValue = "60")
    long maxAgeMinutes;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.store-killmails", defaultValue = "false")
    boolean storeKillmails;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.purge-after-days", defaultValue = "30")
    int purgeAfterDays;

    @Inject
    Endpoints endpoints;

    public Duration maxAge() {
        return Duration.ofMinutes(maxAgeMinutes);
    }

    public boolean storeKillmails() {
        return storeKillmails;
    }

    /** 0 keeps everything. */
    public int purgeAfterDays() {
        return Math.max(0, purgeAfterDays);
    }

    /**
     * Where a post's images come from, as Discord loads them: logos and icons from EVE's image server, the
     * footer's zKillboard icon from Bastion's public address, left out when Discord could not reach it.
     */
    public KillmailMessage.Images images() {
        return new KillmailMessage.Images(endpoints.imageServer(),
                endpoints.publicBase().map(base -> base + "/resources/images/zkillboard.png").orElse(null));
    }
}
