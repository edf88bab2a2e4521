package dev.ollass.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's answer as the charts store it in Redis: the missing codes' line, then the JSON. */
class AnswerWithMissingTest {

    @Test
    void anAnswerIsStoredAsItsMissingCodesOnAFirstLineThenItsJson() {
        var answer = new AnswerWithMissing(utf8("[{\"name\":\"삼성전자\"}]"), List.of("005930", "USDKRW"));

        assertThat(text(answer.bytes())).isEqualTo("005930,USDKRW\n[{\"name\":\"삼성전자\"}]");
    }

    @Test
    void anAnswerStoredBeforeReadsBackWithItsCodesAndJson() {
        AnswerWithMissing read = AnswerWithMissing.of(utf8("NOBAR,KS11,GSPC\n{\"total\":1}"));

        assertThat(read.missing()).containsExactly("NOBAR", "KS11", "GSPC");
        assertThat(read.missingCodes()).isEqualTo("NOBAR,KS11,GSPC");
        assertThat(text(read.json())).isEqualTo("{\"total\":1}");
    }

    @Test
    void anAnswerThatMissedNothingHasAnEmptyFirstLineAndReadsBackWithNoCodes() {
        var answer = new AnswerWithMissing(utf8("[]"), List.of());

        assertThat(text(answer.bytes())).isEqualTo("\n[]");
        AnswerWithMissing read = AnswerWithMissing.of(answer.bytes());
        assertThat(read.missing()).isEmpty();
        assertThat(read.missingCodes()).isEmpty();
        assertThat(text(read.json())).isEqualTo("[]");
    }

    @Test
    void aJsonWithLineBreaksReadsBackWhole() {
        String json = "[\n  {\"code\": \"AAPL\"},\n  {\"code\": \"KO\"}\n]\n";
        var answer = new AnswerWithMissing(utf8(json), List.of("AMZN"));

        AnswerWithMissing read = AnswerWithMissing.of(answer.bytes());

        assertThat(text(read.json())).isEqualTo(json);
        assertThat(read.missing()).containsExactly("AMZN");
    }

    @Test
    void theStoredFormIsWhatTheCachesKeepInRedis() {
        var answer = new AnswerWithMissing(utf8("[1]"), List.of("OXY"));
        KeptAnswers.Form<AnswerWithMissing> kept = AnswerWithMissing.KEPT;

        assertThat(kept.bytes().apply(answer)).isEqualTo(answer.bytes());
        assertThat(kept.read().apply(answer.bytes()).missing()).containsExactly("OXY");
        assertThat(kept.weight().applyAsInt(answer)).isEqualTo(answer.bytes().length);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
