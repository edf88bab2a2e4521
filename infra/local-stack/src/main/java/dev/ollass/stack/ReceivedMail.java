package dev.ollass.stack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail the SMTP server accepted.
 *
 * @param from the sender from the message header, or the envelope sender when the header has none
 * @param to the envelope recipients, so blind copies are included
 * @param subject the decoded subject
 * @param body the decoded text, preferring the plain-text part of a multipart message
 * @param html the decoded HTML part, empty when there is none (and in e-mails kept before it was recorded)
 * @param receivedAt when the server accepted it
 */
public record ReceivedMail(String from, List<String> to, String subject, String body, String html, Instant receivedAt) {

    public ReceivedMail {
        to = List.copyOf(to);
        html = Objects.requireNonNullElse(html, "");
    }
}
