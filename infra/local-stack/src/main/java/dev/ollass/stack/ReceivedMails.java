package dev.ollass.stack;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The messages the SMTP server accepted, in arrival order, recorded once per message.
 *
 * <p>GreenMail delivers a message once per recipient into per-user mailboxes; recording at delivery time, before the
 * first recipient's delivery, gives one entry per message with its envelope recipients.
 */
final class ReceivedMails {

    private final List<ReceivedMail> mails = new ArrayList<>();
    private @Nullable MovingMessage lastRecorded;

    MessageDeliveryHandler recordingBefore(MessageDeliveryHandler delivery) {
        return (message, recipient) -> {
            record(message);
            return delivery.handle(message, recipient);
        };
    }

    synchronized List<ReceivedMail> all() {
        return List.copyOf(mails);
    }

    // GreenMail hands one message to all its recipients in a row, inside one synchronized call: a message seen
    // again is the same message delivered to its next recipient.
    private synchronized void record(MovingMessage message) throws MessagingException {
        if (message == lastRecorded) {
            return;
        }
        lastRecorded = message;
        mails.add(read(message));
    }

    private static ReceivedMail read(MovingMessage message) throws MessagingException {
        MimeMessage mime = message.getMessage();
        var recipients = message.getToAddresses().stream()
                .map(MailAddress::getEmail)
                .sorted()
                .toList();
        try {
            return new ReceivedMail(
                    from(mime, message.getReturnPath()),
                    recipients,
                    Objects.requireNonNullElse(mime.getSubject(), ""),
                    MailText.of(mime),
                    Instant.now());
        } catch (IOException e) {
            throw new MessagingException("Could not read the body of a received message", e);
        }
    }

    private static String from(MimeMessage mime, @Nullable MailAddress returnPath) throws MessagingException {
        Address[] from = mime.getFrom();
        if (from != null && from.length > 0) {
            return Arrays.stream(from).map(ReceivedMails::display).collect(Collectors.joining(", "));
        }
        return returnPath == null ? "" : returnPath.getEmail();
    }

    private static String display(Address address) {
        // getPersonal decodes a Korean display name; toString would keep it RFC 2047-encoded.
        if (address instanceof InternetAddress internetAddress) {
            var name = internetAddress.getPersonal();
            return name == null || name.isBlank()
                    ? internetAddress.getAddress()
                    : name + " <" + internetAddress.getAddress() + ">";
        }
        return address.toString();
    }
}
