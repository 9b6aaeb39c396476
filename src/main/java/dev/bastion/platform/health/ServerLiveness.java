package dev.bastion.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live unless the JVM is close to running out of heap, the one failure a restart cures. */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        double usedShare = (double) used / rt.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(usedShare < 0.95)
                .withData("usedMiB", used / (1024 * 1024))
                .withData("maxMiB", rt.maxMemory() / (1024 * 1024))
                .build();
    }
}
