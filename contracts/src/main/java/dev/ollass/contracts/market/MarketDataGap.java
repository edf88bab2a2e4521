package dev.ollass.contracts.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The completeness audit's finding for one market and one trading day: what is missing, or that a gap
 * it reported earlier is now filled. Keyed by {@link #key()} ({@code MARKET|YYYY-MM-DD}), so that every
 * finding of one market and day lands on one partition, in the order the audit made them.
 *
 * <p>A {@link Status#MISSING} finding carries its whole content; {@link #contentDigest()} is a digest of
 * that content (market, day and the sorted lists), so re-running the audit on an unchanged gap yields
 * the same digest (one alert), while a changed content yields a new one (a new alert). A {@link
 * Status#RESOLVED} finding names the digest of the last {@code MISSING} content it resolves and has
 * empty lists.
 *
 * @param market the market's code: {@code KR}, {@code US}, ... (as the audit's settings name it)
 * @param tradingDay the exchange-local trading day
 * @param missingSymbols collected stock codes with no bar that day, sorted
 * @param missingFx currency pairs ({@code USDKRW}) with no rate that day, sorted
 * @param missingIndices index codes ({@code KS11}) with no bar that day, sorted
 * @param suspectPoints bars of that day kept but flagged suspect, sorted by kind then code
 * @param contentDigest hex SHA-256 of the content this finding is about (see above)
 * @param detectedAt when the audit ran
 */
public record MarketDataGap(
        Status status,
        String market,
        LocalDate tradingDay,
        List<String> missingSymbols,
        List<String> missingFx,
        List<String> missingIndices,
        List<SuspectPoint> suspectPoints,
        String contentDigest,
        Instant detectedAt) {

    public enum Status {
        /** Data of this market and day is missing or suspect. */
        MISSING,
        /** The gap reported with {@link #contentDigest()} is filled: nothing is missing any more. */
        RESOLVED
    }

    /** A bar that exists but was flagged suspect by the projector. */
    public record SuspectPoint(String code, InstrumentKind kind, LocalDate date, List<SuspectReason> reasons) {}

    public MarketDataGap {
        missingSymbols = List.copyOf(missingSymbols);
        missingFx = List.copyOf(missingFx);
        missingIndices = List.copyOf(missingIndices);
        suspectPoints = List.copyOf(suspectPoints);
    }

    /** The record key: {@code MARKET|YYYY-MM-DD}. */
    public String key() {
        return market + "|" + tradingDay;
    }

    /**
     * What one notification is about: {@code MARKET|YYYY-MM-DD|STATUS|digest}. A consumer that has
     * acted on this identity once must not act on it again.
     */
    public String notificationKey() {
        return key() + "|" + status + "|" + contentDigest;
    }

    /** How many problems this finding names, over all four lists. */
    public int problemCount() {
        return missingSymbols.size() + missingFx.size() + missingIndices.size() + suspectPoints.size();
    }
}
