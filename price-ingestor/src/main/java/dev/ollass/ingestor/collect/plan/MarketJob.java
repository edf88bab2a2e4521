package dev.ollass.ingestor.collect.plan;

import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.collect.FetchRequest.FetchReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One job of one market: which symbols, from which source, over how many days back, when. A run is
 * known by its key, {@code <MARKET>|<market date>|<job>}: every instance that runs it publishes the
 * same requests with the same ids, so a run published twice is done once.
 *
 * @param market the market's code ({@code KR}, {@code US}, {@code FX})
 * @param job the job's name ({@code daily-bars}, {@code indices}, {@code fx}, {@code dividends}, {@code
 *     current-prices})
 * @param zone the market's zone, in which {@code time} and the run's date are read
 * @param time when it runs
 * @param source the live source asked ({@code yahoo-chart-v8}, {@code naver-polling})
 * @param daysBack how many days before the run's date each request reaches back
 * @param catchUp whether a start-up catches up on runs of it that were missed (not for current
 *     prices, which the next hourly run refreshes anyway)
 * @param symbols the symbols as the source knows them
 */
public record MarketJob(
        String market,
        String job,
        ZoneId zone,
        JobTime time,
        String source,
        int daysBack,
        boolean catchUp,
        List<String> symbols) {

    public MarketJob {
        symbols = List.copyOf(symbols);
    }

    public String runKey(LocalDate marketDate) {
        return market + "|" + marketDate + "|" + job;
    }

    /**
     * The key of its run at {@code firedAt}: the market's date, and for an hourly job also the hour
     * ({@code US|2026-12-02T15|current-prices}), so that each hour's run is a run of its own rather
     * than a copy of the day's first, already done.
     */
    public String runKey(ZonedDateTime firedAt) {
        ZonedDateTime local = firedAt.withZoneSameInstant(zone);
        return time.hourly()
                ? market + "|" + local.toLocalDate() + "T" + String.format("%02d", local.getHour()) + "|" + job
                : runKey(local.toLocalDate());
    }

    /** The requests of its run at {@code firedAt}: each symbol, from {@code daysBack} days before that market date to it. */
    public List<FetchRequest> run(ZonedDateTime firedAt, Instant now) {
        LocalDate date = firedAt.withZoneSameInstant(zone).toLocalDate();
        return requests(runKey(firedAt), date, date.minusDays(daysBack), FetchReason.SCHEDULE, now);
    }

    /**
     * The requests that make up for its runs missed within {@code days} days before {@code now}: none
     * when every run since then is known, else one run under the key of the latest missed one, reaching
     * back from it to {@code daysBack} days before the earliest missed one.
     *
     * @param known whether a run key is known to have been published (some of its requests are done)
     */
    public Optional<List<FetchRequest>> catchUp(ZonedDateTime now, int days, Predicate<String> known, Instant at) {
        if (!catchUp) {
            return Optional.empty();
        }
        ZonedDateTime local = now.withZoneSameInstant(zone);
        List<LocalDate> missed = time.between(local.minusDays(days), local).stream()
                .map(ZonedDateTime::toLocalDate)
                .filter(date -> !known.test(runKey(date)))
                .toList();
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest = missed.getLast();
        return Optional.of(
                requests(runKey(latest), latest, missed.getFirst().minusDays(daysBack), FetchReason.CATCH_UP, at));
    }

    private List<FetchRequest> requests(
            String runKey, LocalDate date, LocalDate from, FetchReason reason, Instant now) {
        return symbols.stream()
                .map(symbol -> FetchRequest.of(runKey, symbol, source, from, date, reason, now))
                .toList();
    }
}
