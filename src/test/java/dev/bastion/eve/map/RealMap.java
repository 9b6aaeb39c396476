package dev.bastion.eve.map;

import dev.bastion.eve.sde.BundledSde;

/** The real New Eden map, read once from the bundled SDE snapshot (src/main/resources/sde). */
final class RealMap {

    static final NewEdenMap MAP = BundledSde.INSTANCE.map;

    private RealMap() {
    }
}
