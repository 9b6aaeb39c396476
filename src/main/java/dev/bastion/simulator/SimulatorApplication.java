package dev.bastion.simulator;

import dev.bastion.simulator.discord.DiscordSinkResource;
import dev.bastion.simulator.esi.EsiSimulatorResource;
import dev.bastion.simulator.images.ImageSimulatorResource;
import dev.bastion.simulator.r2z2.R2z2SimulatorResource;
import dev.bastion.simulator.r2z2.ZkbApiSimulatorResource;
import dev.bastion.simulator.sso.SsoSimulatorResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The embedded EVE simulator: EVE SSO, ESI, zKillboard's R2Z2 a Discord webhook sink and EVE's image server under /sim,
 * behaving like the real services so that Bastion's production code paths run against it.
 */
@ApplicationPath("sim")
public class SimulatorApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SsoSimulatorResource.class, EsiSimulatorResource.class, R2z2SimulatorResource.class,
                DiscordSinkResource.class, ImageSimulatorResource.class, ZkbApiSimulatorResource.class);
    }
}
