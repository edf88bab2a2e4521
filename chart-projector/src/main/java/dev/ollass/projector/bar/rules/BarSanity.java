package dev.ollass.projector.bar.rules;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.SuspectReason;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a daily bar is suspect: its own prices contradict each other, or its close moved from the
 * previous trading day's further than its kind's bound and no split explains it. The bar is kept and
 * served as the source gave it; the reasons go beside it.
 */
public final class BarSanity {

    private BarSanity() {}

    /**
     * The reasons {@code bar} is suspect, in {@link SuspectReason}'s order; empty when it is not.
     *
     * @param previous the series' stored bar of the trading day before, null when there is none
     * @param splits the series' splits with an ex-date after {@code previous}'s date and on or before
     *     {@code bar}'s
     * @param bounds how far a close may move per kind
     */
    public static List<SuspectReason> reasons(
            DailyBar bar, @Nullable DailyBar previous, List<CorporateAction> splits, MoveBounds bounds) {
        EnumSet<SuspectReason> reasons = EnumSet.noneOf(SuspectReason.class);
        BigDecimal high = bar.high();
        BigDecimal low = bar.low();
        if (high.compareTo(low) < 0) {
            // No range to be inside of: an open or close "outside" it would say nothing more.
            reasons.add(SuspectReason.HIGH_BELOW_LOW);
        } else {
            if (outside(bar.close(), low, high)) {
                reasons.add(SuspectReason.CLOSE_OUTSIDE_RANGE);
            }
            if (outside(bar.open(), low, high)) {
                reasons.add(SuspectReason.OPEN_OUTSIDE_RANGE);
            }
        }
        if (bar.open().signum() <= 0
                || high.signum() <= 0
                || low.signum() <= 0
                || bar.close().signum() <= 0) {
            reasons.add(SuspectReason.NON_POSITIVE_PRICE);
        }
        if (previous != null && isLargeMove(previous.close(), bar.close(), splits, bounds.of(bar.kind()))) {
            reasons.add(SuspectReason.LARGE_MOVE);
        }
        return List.copyOf(reasons);
    }

    private static boolean outside(BigDecimal price, BigDecimal low, BigDecimal high) {
        return price.compareTo(low) < 0 || price.compareTo(high) > 0;
    }

    /**
     * A move is large when it exceeds the bound both as it is and, across splits, once the previous
     * close is divided by their ratio: the history may be split-adjusted as of its download (no jump
     * at the ex-date) or not (a jump the split explains). A non-positive close is flagged as such, not
     * as a move.
     */
    private static boolean isLargeMove(
            BigDecimal previousClose, BigDecimal close, List<CorporateAction> splits, BigDecimal bound) {
        if (previousClose.signum() <= 0 || close.signum() <= 0) {
            return false;
        }
        if (!exceeds(previousClose, close, BigDecimal.ONE, BigDecimal.ONE, bound)) {
            return false;
        }
        // Without splits the ratio is 1:1, and the move exceeds the bound as computed above.
        BigDecimal numerator = BigDecimal.ONE;
        BigDecimal denominator = BigDecimal.ONE;
        for (CorporateAction split : splits) {
            numerator = numerator.multiply(BigDecimal.valueOf(Objects.requireNonNull(split.numerator())));
            denominator = denominator.multiply(BigDecimal.valueOf(Objects.requireNonNull(split.denominator())));
        }
        return exceeds(previousClose, close, numerator, denominator, bound);
    }

    /**
     * Whether {@code close} is further than {@code bound} from the expected {@code previousClose *
     * denominator / numerator}, relative to it; multiplied out, so that no division rounds.
     */
    private static boolean exceeds(
            BigDecimal previousClose,
            BigDecimal close,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal bound) {
        BigDecimal expectedTimesNumerator = previousClose.multiply(denominator);
        BigDecimal move =
                close.multiply(numerator).subtract(expectedTimesNumerator).abs();
        return move.compareTo(expectedTimesNumerator.multiply(bound)) > 0;
    }
}
