package dev.bastion.eve.model;

import dev.bastion.eve.infra.BundledSde;

/** The real New Eden map, read once from the bundled SDE snapshot (src/main/resources/sde). */
public final class RealMap {

    static final NewEdenMap MAP = BundledSde.INSTANCE.map;

    private RealMap() {
    }
}
