package dev.ollass.stack.junit;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Whether the chosen servers can run here: the local stack always can, and is never held up by a look for Docker;
 * containers need Docker, looked for once per JVM. Without it the tests are skipped, as Testcontainers' {@code
 * disabledWithoutDocker = true} does, and one line says so.
 */
final class ServerAvailability {

    static final String NO_DOCKER = "Docker is not available: the tests on production-like servers (-Pcontainers:"
            + " Kafka, MySQL 8.4, Redis 7 in containers) are skipped";

    private final Servers servers;
    private final BooleanSupplier dockerProbe;
    private final Consumer<String> announcement;
    private @Nullable Boolean docker;

    ServerAvailability(Servers servers, BooleanSupplier dockerProbe, Consumer<String> announcement) {
        this.servers = servers;
        this.dockerProbe = dockerProbe;
        this.announcement = announcement;
    }

    Servers servers() {
        return servers;
    }

    synchronized boolean canRun() {
        if (servers == Servers.LOCAL) {
            return true;
        }
        if (docker == null) {
            docker = dockerProbe.getAsBoolean();
            if (!docker) {
                announcement.accept(NO_DOCKER);
            }
        }
        return docker;
    }

    ConditionEvaluationResult condition() {
        if (!canRun()) {
            return ConditionEvaluationResult.disabled(NO_DOCKER);
        }
        return ConditionEvaluationResult.enabled(
                servers == Servers.LOCAL ? "The local stack needs no Docker" : "Docker is available");
    }
}
