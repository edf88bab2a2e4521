package dev.ollass.stack;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Optional;

/** The readable text of a MIME message: transfer encoding and charset decoded, plain text preferred over HTML. */
final class MailText {

    private MailText() {}

    static String of(Part message) throws MessagingException, IOException {
        var plain = firstInline(message, "text/plain");
        if (plain.isPresent()) {
            return plain.get();
        }
        return html(message);
    }

    /** The HTML part, decoded; empty when the message has none. */
    static String html(Part message) throws MessagingException, IOException {
        return firstInline(message, "text/html").orElse("");
    }

    private static Optional<String> firstInline(Part part, String mimeType) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.empty();
        }
        if (part.isMimeType(mimeType)) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = firstInline(multipart.getBodyPart(i), mimeType);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
