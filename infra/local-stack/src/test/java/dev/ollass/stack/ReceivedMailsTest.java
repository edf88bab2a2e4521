package dev.ollass.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivedMailsTest {

    @Test
    void anEMailKeptBeforeHtmlPartsWereRecordedIsReadBackWithAnEmptyOne(@TempDir Path dir) throws Exception {
        Path kept = dir.resolve("messages.jsonl");
        Files.writeString(kept, """
                {"from":"alerts@ollass.local","to":["operator@ollass.local"],"subject":"Stock Daily 미수집: KR 2021-04-13 (1 problem)","body":"2021-04-13 날짜에 035720가 수집되지 않았습니다.","receivedAt":"2026-12-02T21:09:44.958117537Z"}
                """, StandardCharsets.UTF_8);

        ReceivedMail mail = new ReceivedMails(kept).all().getFirst();

        assertThat(mail.subject()).isEqualTo("Stock Daily 미수집: KR 2021-04-13 (1 problem)");
        assertThat(mail.body()).isEqualTo("2021-04-13 날짜에 035720가 수집되지 않았습니다.");
        assertThat(mail.html()).isEmpty();
    }
}
