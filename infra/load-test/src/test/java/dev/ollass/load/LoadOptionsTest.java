package dev.ollass.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void offersTheIssuesTargetToFifteenUsersOfTheLocalRunWhenNothingIsSaid() {
        LoadOptions options = LoadOptions.parse(new String[] {"--root=."}, Map.of());

        assertThat(options).isEqualTo(new LoadOptions(URI.create("http://localhost:8000"), 2500, 30, 15, 5));
    }

    @Test
    void aimsAtTheApiPortOfTheEnvironmentLikeTheLocalRun() {
        assertThat(LoadOptions.parse(new String[0], Map.of("OLLASS_API_PORT", "20300"))
                        .baseUrl())
                .isEqualTo(URI.create("http://localhost:20300"));
    }

    @Test
    void takesEveryOptionFromTheCommandLine() {
        LoadOptions options = LoadOptions.parse(
                new String[] {
                    "--rate=250", "--seconds=10", "--users=40", "--warmup=0", "--base-url=http://api.example:9000/"
                },
                Map.of("OLLASS_API_PORT", "20300"));

        assertThat(options).isEqualTo(new LoadOptions(URI.create("http://api.example:9000"), 250, 10, 40, 0));
    }

    @Test
    void startsOneUserPerTwelveRequestsSoTheMixArrivesAtTheRate() {
        assertThat(LoadOptions.parse(new String[] {"--rate=2400"}, Map.of()).mixUsersPerSecond())
                .isEqualTo(200);
    }

    @Test
    void refusesANumberThatIsNoneAndARateOfNothing() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--rate=fast"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fast");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--rate=0"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--users=0"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("users=0");
    }
}
