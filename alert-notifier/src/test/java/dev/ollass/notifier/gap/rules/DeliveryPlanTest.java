package dev.ollass.notifier.gap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryPlanTest {

    private static final LocalDate DAY = LocalDate.of(2021, 4, 16);

    @Test
    void sendsEachWaitingAlertAsItsOwnEmailInArrivalOrderWithoutDigests() {
        var kr = missing("KR", "a");
        var us = missing("US", "b");

        var plan = DeliveryPlan.of(List.of(kr, us), key -> false, false);

        assertThat(plan.deliveries())
                .extracting(Delivery::notificationKeys)
                .containsExactly(List.of(kr.notificationKey()), List.of(us.notificationKey()));
        assertThat(plan.deliveries().getFirst().mail().subject())
                .isEqualTo("Stock Daily 미수집: KR 2021-04-16 (1 problem)");
        assertThat(plan.settled()).isEmpty();
    }

    @Test
    void sendsEverythingWaitingAsOneDigestWhenDigestsAreOn() {
        var kr = missing("KR", "a");
        var us = missing("US", "b");
        var jp = resolved("JP", "c");

        var plan = DeliveryPlan.of(List.of(kr, jp, us), Set.of(alertOf(jp))::contains, true);

        assertThat(plan.deliveries()).singleElement().satisfies(digest -> {
            assertThat(digest.notificationKeys())
                    .containsExactly(kr.notificationKey(), jp.notificationKey(), us.notificationKey());
            assertThat(digest.mail().subject())
                    .isEqualTo("Stock Daily 미수집 digest: 2 market-days missing data, 1 recovered");
        });
    }

    @Test
    void sendsALoneAlertAsAnAlertNotAsADigest() {
        var kr = missing("KR", "a");

        var plan = DeliveryPlan.of(List.of(kr), key -> false, true);

        assertThat(plan.deliveries())
                .singleElement()
                .extracting(delivery -> delivery.mail().subject())
                .isEqualTo("Stock Daily 미수집: KR 2021-04-16 (1 problem)");
    }

    @Test
    void sendsARecoveredNoteOnlyForAnAlertThatWasSent() {
        var sentBefore = resolved("KR", "a");
        var neverSent = resolved("US", "b");

        var plan = DeliveryPlan.of(List.of(sentBefore, neverSent), Set.of(alertOf(sentBefore))::contains, false);

        assertThat(plan.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.notificationKeys()).containsExactly(sentBefore.notificationKey());
            assertThat(delivery.mail().subject()).isEqualTo("Recovered: KR 2021-04-16 수집 완료");
        });
        assertThat(plan.settled()).containsOnlyKeys(neverSent.notificationKey());
        assertThat(plan.settled().get(neverSent.notificationKey())).contains("no alert was sent");
    }

    @Test
    void sendsNeitherAlertNorRecoveredNoteWhenTheGapIsFilledBeforeItsAlertWentOut() {
        var gap = missing("KR", "a");
        var filled = resolved("KR", "a");
        var otherContent = missing("KR", "b");

        var plan = DeliveryPlan.of(List.of(gap, otherContent, filled), key -> true, false);

        assertThat(plan.deliveries())
                .singleElement()
                .extracting(Delivery::notificationKeys)
                .isEqualTo(List.of(otherContent.notificationKey()));
        assertThat(plan.settled()).containsOnlyKeys(gap.notificationKey(), filled.notificationKey());
    }

    @Test
    void namesTheAlertAResolvedFindingEnds() {
        assertThat(DeliveryPlan.alertKeyResolvedBy(resolved("KR", "abc"))).isEqualTo("KR|2021-04-16|MISSING|abc");
        assertThat(DeliveryPlan.alertKeyResolvedBy(resolved("KR", "abc")))
                .isEqualTo(missing("KR", "abc").notificationKey());
    }

    private static String alertOf(MarketDataGap resolved) {
        return DeliveryPlan.alertKeyResolvedBy(resolved);
    }

    static MarketDataGap missing(String market, String digest) {
        return new MarketDataGap(
                Status.MISSING,
                market,
                DAY,
                List.of("AAPL"),
                List.of(),
                List.of(),
                List.of(),
                digest,
                Instant.parse("2021-04-16T14:00:00Z"));
    }

    static MarketDataGap resolved(String market, String digest) {
        return new MarketDataGap(
                Status.RESOLVED,
                market,
                DAY,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                digest,
                Instant.parse("2021-04-16T15:00:00Z"));
    }
}
