package dev.ollass.api.holding;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The holdings calculation of {@code GET /assetstock} for a portfolio of 10,000 transactions over 200
 * symbols (100 US, 100 Korean; 2017–2021; a split in every tenth, quarterly dividends), with the market
 * data already in memory as {@code MarketHistoryReader} leaves it. Prints figures, asserts nothing:
 * run it on demand with
 *
 * <pre>{@code
 * ./mvnw -B -q -pl portfolio-api -am -DskipPitest -Djacoco.skip=true verify \
 *     -Dtest=ValuationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dollass.bench=holdings
 * }</pre>
 *
 * The baseline, measured in the same run, is one pass over the same trades that only sums quantity ×
 * price: what any calculation must at least do.
 */
@EnabledIfSystemProperty(named = "ollass.bench", matches = "holdings|assets")
class ValuationBenchmark {

    static final int SYMBOLS = 200;
    static final int TRADES = 10_000;
    static final int WARM_RUNS = 30;
    static final LocalDate START = LocalDate.parse("2017-01-02");
    static final LocalDate TODAY = LocalDate.parse("2021-04-16");

    @Test
    void valuesTenThousandTransactionsOverTwoHundredSymbols() {
        Random random = new Random(11);
        FakeMarket market = FakeMarket.market();
        List<LocalDate> days = tradingDays();
        for (LocalDate day : days) {
            market.usdKrw(day.toString(), String.valueOf(1050 + random.nextInt(200)));
        }
        List<String> codes = new ArrayList<>();
        for (int s = 0; s < SYMBOLS; s++) {
            String code = s % 2 == 0 ? "US" + s : String.format("%06d", s);
            codes.add(code);
            if (s % 2 == 0) {
                market.usStock(code);
            } else {
                market.koreanStock(code);
            }
            market.latest(code, price(random, code), TODAY.toString());
            if (s % 10 == 0) {
                market.split(code, "2020-08-31", 4, 1);
            }
            for (LocalDate ex = START.plusDays(40); ex.isBefore(TODAY); ex = ex.plusMonths(3)) {
                market.dividend(code, ex.toString(), s % 2 == 0 ? "0.2" : "350");
            }
        }
        List<Trade> trades = new ArrayList<>(TRADES);
        Map<String, BigDecimal> held = new HashMap<>();
        for (int i = 0; i < TRADES; i++) {
            String code = codes.get(i % SYMBOLS);
            LocalDate day = days.get(Math.min(days.size() - 1, (i / SYMBOLS) * days.size() / (TRADES / SYMBOLS)));
            String close = price(random, code);
            market.close(code, day.toString(), close);
            BigDecimal have = held.getOrDefault(code, BigDecimal.ZERO);
            boolean sell = random.nextInt(5) == 0 && have.compareTo(BigDecimal.TEN) >= 0;
            BigDecimal quantity = BigDecimal.valueOf(sell ? 5 : 1 + random.nextInt(20));
            held.put(code, sell ? have.subtract(quantity) : have.add(quantity));
            String price = random.nextInt(4) == 0 ? null : close;
            trades.add(Trade.of(
                    i,
                    code,
                    sell ? Side.SELL : Side.BUY,
                    day,
                    quantity,
                    price == null ? null : new BigDecimal(price),
                    null));
        }

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long coldStart = System.nanoTime();
        long coldCpuStart = cpu.getCurrentThreadCpuTime();
        Portfolio cold = Valuation.of(trades, List.of(), market, TODAY);
        long coldCpu = cpu.getCurrentThreadCpuTime() - coldCpuStart;
        long coldNanos = System.nanoTime() - coldStart;

        long[] baseline = new long[WARM_RUNS];
        long[] warm = new long[WARM_RUNS];
        long[] warmCpu = new long[WARM_RUNS];
        BigDecimal sink = BigDecimal.ZERO;
        for (int run = 0; run < WARM_RUNS; run++) {
            long baselineStart = cpu.getCurrentThreadCpuTime();
            sink = sink.add(baseline(trades));
            baseline[run] = cpu.getCurrentThreadCpuTime() - baselineStart;
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            Portfolio portfolio = Valuation.of(trades, List.of(), market, TODAY);
            warmCpu[run] = cpu.getCurrentThreadCpuTime() - cpuStart;
            warm[run] = System.nanoTime() - start;
            sink = sink.add(portfolio.totals().marketValue().krw());
        }
        double baselineMs = median(baseline) / 1e6;
        double warmMs = median(warm) / 1e6;
        double warmCpuMs = median(warmCpu) / 1e6;
        System.out.printf(
                """
                Holdings calculation, %d transactions over %d symbols (%d holdings, %d rows valued)
                  cold (first call in this JVM):   %8.2f ms (CPU time of this thread %.2f ms)
                  warm (median of %d):             %8.2f ms (CPU time %.2f ms)
                  baseline Σ quantity × price:     %8.3f ms CPU time (median of %d)
                  warm / baseline, CPU time:       %8.1f ×
                  (checksum %s)
                  wall-clock figures include waiting for a core on a busy machine; CPU time does not
                """,
                TRADES,
                SYMBOLS,
                cold.holdings().size(),
                cold.rows().size(),
                coldNanos / 1e6,
                coldCpu / 1e6,
                WARM_RUNS,
                warmMs,
                warmCpuMs,
                baselineMs,
                WARM_RUNS,
                warmCpuMs / baselineMs,
                sink.signum());
    }

    private static BigDecimal baseline(List<Trade> trades) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Trade t : trades) {
            BigDecimal price = t.price() == null ? BigDecimal.ONE : t.price();
            sum = sum.add(t.quantity().multiply(price));
        }
        return sum;
    }

    private static String price(Random random, String code) {
        return code.startsWith("US")
                ? String.valueOf(20 + random.nextInt(300)) + "." + random.nextInt(100)
                : String.valueOf(1000 * (10 + random.nextInt(500)));
    }

    private static List<LocalDate> tradingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(TODAY); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
