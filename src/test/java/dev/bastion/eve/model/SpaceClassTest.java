package dev.bastion.eve.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The classification rule on raw security, ID ranges and Pochven's region. */
class SpaceClassTest {

    @ParameterizedTest(name = "system {0} region {1} security {2} is {3}")
    @CsvSource({
            "30000142, 10000002, 0.945913, HIGH_SEC",
            "30000001, 10000001, 0.45, HIGH_SEC",
            "30000001, 10000001, 0.4499999, LOW_SEC",
            "30000001, 10000001, 0.0001, LOW_SEC",
            "30000001, 10000001, 0.0, NULL_SEC",
            "30000001, 10000001, -0.99, NULL_SEC",
            "31000005, 11000031, -0.99, W_SPACE",
            "31999999, 11000031, 0.5, W_SPACE",
            "32000001, 12000001, -1.0, ABYSSAL",
            "30000157, 10000070, -1.0, POCHVEN",
            "30000157, 10000070, 0.6, POCHVEN",
            "34000001, 14000001, -1.0, OTHER"
    })
    void classifies(int systemId, int regionId, double security, SpaceClass expected) {
        assertEquals(expected, SpaceClass.of(systemId, regionId, security));
    }
}
