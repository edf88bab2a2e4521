package dev.ollass.notifier.gap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.PriceDataMissing;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GapAlertMailTest {

    @Test
    void keepsTheOriginalsSubjectAndFirstLineThatOperatorsFilterOn() {
        GapAlertMail mail = GapAlertMail.of(new PriceDataMissing(
                "AAPL", LocalDate.of(2021, 4, 15), LocalDate.of(2020, 11, 6), Instant.parse("2021-04-16T14:00:00Z")));

        assertThat(mail.subject()).isEqualTo("Stock Daily 미수집");
        assertThat(mail.body()).startsWith("2021-04-15 날짜에 AAPL가 수집되지 않았습니다.\n");
        assertThat(mail.body()).contains("The newest bar held is from 2020-11-06.");
    }

    @Test
    void saysSoWhenASymbolHasNeverBeenReceived() {
        GapAlertMail mail = GapAlertMail.of(
                new PriceDataMissing("005930", LocalDate.of(2021, 4, 16), null, Instant.parse("2021-04-16T14:00:00Z")));

        assertThat(mail.body()).contains("No bar has ever been received for this symbol.");
    }
}
