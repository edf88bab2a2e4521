package dev.ollass.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static final LoadFigures HEALTH = new LoadFigures("GET /health (baseline)", 75_000, 0, 2500, 1, 2, 4);

    @BeforeAll
    static void numbersAsTheLoadTestPrintsThem() {
        Locale.setDefault(Locale.ROOT);
    }

    @Test
    void printsOneRowPerEndpointThenTheWholeMixThenTheBaseline() {
        LoadFigures.Phase mix = phase(new LoadFigures("Spec §11 mix, all 12 GETs", 75_000, 0, 2500, 2, 9, 31));

        List<String> rows = LoadReport.table(mix, HEALTH).lines().toList();

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).contains("requests", "errors", "req/s", "p50", "p95", "p99");
        assertThat(rows.get(1))
                .startsWith("GET /api/asset/v1/assetstock")
                .contains("37,500", "1,250.0", " 3 ", " 12 ", " 40");
        assertThat(rows.get(2)).startsWith("Spec §11 mix").contains("75,000", "2,500.0", " 31");
        assertThat(rows.get(3)).startsWith("GET /health (baseline)").contains("75,000", "2,500.0", " 4");
    }

    @Test
    void setsTheMixBesideTheBaselineAndSaysWhenTheBaselineIsUnderAMillisecond() {
        LoadFigures mix = new LoadFigures("mix", 60_000, 0, 2000, 3, 9, 30);
        LoadFigures fastHealth = new LoadFigures("health", 75_000, 0, 2500, 0, 3, 10);

        assertThat(LoadReport.comparison(mix, fastHealth))
                .isEqualTo("Mix / baseline: throughput 80%, p50 3 ms vs under 1 ms, p95 3.0 ×, p99 3.0 ×");
    }

    @Test
    void saysHowManyOfTheOfferedRequestsWereAnsweredBeforeThePhaseWasCut() {
        LoadOptions options = new LoadOptions(java.net.URI.create("http://localhost:8000"), 2500, 30, 15, 5);

        assertThat(LoadReport.answered(options, new LoadFigures("mix", 61_000, 0, 1016, 9, 900, 30_000), HEALTH))
                .isEqualTo("Answered before the phase was cut (30 s + 60 s): mix 61,000, baseline 75,000 of the 75,000"
                        + " requests offered each");
    }

    @Test
    void countsTheErrorsAndShowsHowGatlingWordedThem() {
        LoadFigures.Phase mix = new LoadFigures.Phase(
                List.of(),
                new LoadFigures("mix", 1200, 1000, 120, 5, 30, 50),
                List.of(new LoadFigures.Error("status.find.in(200,201,202,203,204,206), found 404", 1000)));

        assertThat(LoadReport.errors(mix))
                .containsExactly(
                        "Errors: 1,000 of 1,200 requests (83.3%), by message:",
                        "      1,000 × status.find.in(200,201,202,203,204,206), found 404");
    }

    @Test
    void saysSoWhenThereWasNoError() {
        assertThat(LoadReport.errors(phase(new LoadFigures("mix", 1200, 0, 120, 5, 30, 49))))
                .containsExactly("Errors: none");
    }

    @Test
    void passesTheTargetRateKeptUpWithUnderFiftyMillisecondsAndWithoutAnError() {
        assertThat(LoadReport.verdict(2500, new LoadFigures("mix", 75_000, 0, 2400, 3, 20, 49)))
                .endsWith(": PASS");
    }

    @Test
    void failsAndSaysWhyForEachMiss() {
        assertThat(LoadReport.verdict(2500, new LoadFigures("mix", 75_000, 0, 2500, 3, 20, 50)))
                .endsWith("FAIL (p99 50 ms)");
        assertThat(LoadReport.verdict(2500, new LoadFigures("mix", 75_000, 1, 2500, 3, 20, 10)))
                .endsWith("FAIL (1 errors)");
        assertThat(LoadReport.verdict(2500, new LoadFigures("mix", 70_000, 0, 2300, 3, 20, 10)))
                .endsWith("FAIL (served 2,300 of the 2,500 requests/s offered)");
        assertThat(LoadReport.verdict(250, new LoadFigures("mix", 7500, 0, 250, 3, 20, 10)))
                .endsWith("FAIL (offered 250 requests/s, under the target's 2,500)");
    }

    private static LoadFigures.Phase phase(LoadFigures all) {
        return new LoadFigures.Phase(
                List.of(new LoadFigures("GET /api/asset/v1/assetstock", 37_500, 0, 1250, 3, 12, 40)), all, List.of());
    }
}
