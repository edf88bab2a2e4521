package dev.ollass.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher waits for before it says Ollass is running. */
class RecordedHistoryTest {

    private static final Path REPO = LauncherSettings.findRepoRoot(Path.of("."));
    private static final LocalDate MARKET_DATE = LocalDate.of(2021, 4, 16);

    @Test
    void waitsForTheLatestPriceOfEveryRecordedSeriesUnderTheCodeUsersKnow() {
        var expected = RecordedHistory.expectedLatest(REPO, MARKET_DATE);

        // 14 stocks, 4 indices and USD/KRW; the Dow Jones file ends in 2019.
        assertThat(expected)
                .hasSize(19)
                .contains(
                        new RecordedHistory.ExpectedLatest("/api/market/v1/stocks/005930/latest", MARKET_DATE),
                        new RecordedHistory.ExpectedLatest("/api/market/v1/stocks/AAPL/latest", MARKET_DATE),
                        new RecordedHistory.ExpectedLatest("/api/market/v1/indices/KS11/latest", MARKET_DATE),
                        new RecordedHistory.ExpectedLatest(
                                "/api/market/v1/indices/DJI/latest", LocalDate.of(2019, 11, 5)),
                        new RecordedHistory.ExpectedLatest("/api/market/v1/fx/USDKRW/latest", MARKET_DATE))
                .noneMatch(
                        latest -> latest.path().contains("^") || latest.path().contains("="));
    }

    @Test
    void expectsTheLastDayWithPricesUpToTheMarketDate(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("000660.KS.csv"), """
                Date,Open,High,Low,Close,Adj Close,Volume
                2021-04-14,1,1,1,1,1,1
                2021-04-15,1,1,1,1,1,1
                2021-04-16,null,null,null,null,null,null
                2021-04-19,1,1,1,1,1,1
                """);

        assertThat(RecordedHistory.lastTradingDate(file, MARKET_DATE)).contains(LocalDate.of(2021, 4, 15));
        assertThat(RecordedHistory.lastTradingDate(file, LocalDate.of(2021, 4, 14)))
                .contains(LocalDate.of(2021, 4, 14));
        assertThat(RecordedHistory.lastTradingDate(file, LocalDate.of(2021, 4, 13)))
                .isEmpty();
    }
}
