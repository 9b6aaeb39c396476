package dev.bastion.eve.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/** Bastion's own JSON API under /api (the simulator has its own application under /sim). */
@ApplicationPath("api")
public class BastionApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(UniverseResource.class);
    }
}
