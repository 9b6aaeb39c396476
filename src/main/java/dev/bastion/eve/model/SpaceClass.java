package dev.bastion.eve.model;

/**
 * The kind of space a solar system is in. Classification uses the raw security status (never the
 * rounded in-game display) and CCP's ID ranges; Pochven is known only by its region.
 */
public enum SpaceClass {
    HIGH_SEC, LOW_SEC, NULL_SEC, W_SPACE, POCHVEN, ABYSSAL, OTHER;

    public static final int POCHVEN_REGION_ID = 10000070;
    public static final double HIGH_SEC_FLOOR = 0.45;

    /**
     * High, low or null sec: the space of stargates and jump drives. Jumps and light years are defined
     * only between two such systems (spec 1.4: unknown for w-space, Pochven and Abyssal).
     */
    public boolean isKnownSpace() {
        return this == HIGH_SEC || this == LOW_SEC || this == NULL_SEC;
    }

    /** The rule, for any system: ID ranges first, then Pochven's region, then raw security. */
    public static SpaceClass of(int solarSystemId, int regionId, double securityStatus) {
        if (solarSystemId >= 31_000_000 && solarSystemId < 32_000_000) {
            return W_SPACE;
        }
        if (solarSystemId >= 32_000_000 && solarSystemId < 33_000_000) {
            return ABYSSAL;
        }
        if (solarSystemId < 30_000_000 || solarSystemId >= 31_000_000) {
            return OTHER; // void and hidden systems (34xxxxxx, 36xxxxxx) are no part of the game map
        }
        if (regionId == POCHVEN_REGION_ID) {
            return POCHVEN;
        }
        if (securityStatus >= HIGH_SEC_FLOOR) {
            return HIGH_SEC;
        }
        return securityStatus > 0.0 ? LOW_SEC : NULL_SEC;
    }
}
