package dev.ollass.projector.audit.rules;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.SuspectPoint;
import dev.ollass.contracts.market.SuspectReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is wrong with one market on one trading day, every list sorted, and the digest that names
 * this content: equal contents have equal digests, whatever order the audit found them in.
 */
public record GapContent(
        String market,
        LocalDate tradingDay,
        List<String> missingSymbols,
        List<String> missingFx,
        List<String> missingIndices,
        List<SuspectPoint> suspectPoints) {

    private static final Comparator<SuspectPoint> BY_KIND_THEN_CODE =
            Comparator.comparing(SuspectPoint::kind).thenComparing(SuspectPoint::code);

    public GapContent {
        missingSymbols = missingSymbols.stream().sorted().toList();
        missingFx = missingFx.stream().sorted().toList();
        missingIndices = missingIndices.stream().sorted().toList();
        suspectPoints = suspectPoints.stream().sorted(BY_KIND_THEN_CODE).toList();
    }

    /** Whether nothing is missing or suspect. */
    public boolean isEmpty() {
        return missingSymbols.isEmpty() && missingFx.isEmpty() && missingIndices.isEmpty() && suspectPoints.isEmpty();
    }

    /**
     * Hex SHA-256 of the content written out as lines: {@code market=KR}, {@code day=2021-04-16},
     * {@code symbols=000660,005930}, {@code fx=}, {@code indices=KS11}, {@code
     * suspect=FX:USDKRW:2021-04-16:CLOSE_OUTSIDE_RANGE+LARGE_MOVE;...} (UTF-8, each line ending in
     * {@code \n}).
     */
    public String digest() {
        String text = "market=" + market + "\n"
                + "day=" + tradingDay + "\n"
                + "symbols=" + String.join(",", missingSymbols) + "\n"
                + "fx=" + String.join(",", missingFx) + "\n"
                + "indices=" + String.join(",", missingIndices) + "\n"
                + "suspect=" + suspectPoints.stream().map(GapContent::line).collect(Collectors.joining(";")) + "\n";
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String line(SuspectPoint point) {
        return point.kind() + ":" + point.code() + ":" + point.date() + ":"
                + point.reasons().stream().map(SuspectReason::name).collect(Collectors.joining("+"));
    }

    /** The {@code MISSING} finding of this content. */
    public MarketDataGap missing(Instant detectedAt) {
        return new MarketDataGap(
                MarketDataGap.Status.MISSING,
                market,
                tradingDay,
                missingSymbols,
                missingFx,
                missingIndices,
                suspectPoints,
                digest(),
                detectedAt);
    }

    /** The finding that the gap published with {@code digest} for {@code market} and {@code day} is filled. */
    public static MarketDataGap resolved(String market, LocalDate day, String digest, Instant detectedAt) {
        return new MarketDataGap(
                MarketDataGap.Status.RESOLVED,
                market,
                day,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                digest,
                detectedAt);
    }
}
