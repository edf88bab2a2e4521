package dev.ollass.stack.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServerAvailabilityTest {

    private final List<String> announced = new ArrayList<>();
    private final AtomicInteger looksForDocker = new AtomicInteger();

    @Test
    void theLocalStackRunsWithoutLookingForDocker() {
        var availability = new ServerAvailability(Servers.LOCAL, this::noDocker, announced::add);

        assertThat(availability.condition().isDisabled()).isFalse();
        assertThat(availability.canRun()).isTrue();
        assertThat(looksForDocker).hasValue(0);
        assertThat(announced).isEmpty();
    }

    @Test
    void containersWithoutDockerAreSkippedAndOneLineSaysSoOnce() {
        var availability = new ServerAvailability(Servers.CONTAINERS, this::noDocker, announced::add);

        var first = availability.condition();
        var second = availability.condition();

        assertThat(first.isDisabled()).isTrue();
        assertThat(first.getReason()).hasValue(ServerAvailability.NO_DOCKER);
        assertThat(second.isDisabled()).isTrue();
        assertThat(availability.canRun()).isFalse();
        assertThat(announced).containsExactly(ServerAvailability.NO_DOCKER);
        assertThat(ServerAvailability.NO_DOCKER).doesNotContain("\n").contains("Docker is not available", "skipped");
        assertThat(looksForDocker).hasValue(1);
    }

    @Test
    void containersRunWhereDockerIs() {
        var availability = new ServerAvailability(Servers.CONTAINERS, this::docker, announced::add);

        assertThat(availability.condition().isDisabled()).isFalse();
        assertThat(availability.canRun()).isTrue();
        assertThat(announced).isEmpty();
    }

    @Test
    void theServersAreChosenByTheOllassStackProperty() {
        assertThat(Servers.parse(null)).isEqualTo(Servers.LOCAL);
        assertThat(Servers.parse(" ")).isEqualTo(Servers.LOCAL);
        assertThat(Servers.parse("local")).isEqualTo(Servers.LOCAL);
        assertThat(Servers.parse("Containers")).isEqualTo(Servers.CONTAINERS);
        assertThatThrownBy(() -> Servers.parse("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ollass.stack")
                .hasMessageContaining("'docker'");
    }

    private boolean noDocker() {
        looksForDocker.incrementAndGet();
        return false;
    }

    private boolean docker() {
        looksForDocker.incrementAndGet();
        return true;
    }
}
