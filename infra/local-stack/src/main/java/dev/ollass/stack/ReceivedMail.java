package dev.ollass.stack;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail the SMTP server accepted.
 *
 * @param from the sender from the message header, or the envelope sender when the header has none
 * @param to the envelope recipients, so blind copies are included
 * @param subject the decoded subject
 * @param body the decoded text, preferring the plain-text part of a multipart message
 * @param receivedAt when the server accepted it
 */
public record ReceivedMail(String from, List<String> to, String subject, String body, Instant receivedAt) {

    public ReceivedMail {
        to = List.copyOf(to);
    }
}
