package dev.bastion.killtracker.app;

import dev.bastion.killtracker.infra.KillmailMessage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

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
    @ConfigProperty(name = "bastion.killtracker.webhook-branding", defaultValue = "true")
    boolean branding;

    @Inject
    @ConfigProperty(name = "bastion.public-url")
    Optional<String> publicUrl;

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

    /** Branding needs absolute image URLs Discord can fetch, so it needs the portal's public URL. */
    public KillmailMessage.Branding branding() {
        String base = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse(null);
        return new KillmailMessage.Branding(branding, base == null ? null : base + "/resources/images/bastion-logo.png",
                base == null ? null : base + "/resources/images/zkillboard.png");
    }
}
