package org.sendtracker.architecture;

import org.junit.jupiter.api.Test;
import org.sendtracker.testing.PackageCycles;

/** No two packages of this module depend on each other, directly or around a loop. */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        PackageCycles.assertNone("org.sendtracker.local.stepfunctions");
    }
}
