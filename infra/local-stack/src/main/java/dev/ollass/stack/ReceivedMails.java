package dev.ollass.stack;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages the SMTP server accepted, in arrival order, recorded once per message.
 *
 * <p>GreenMail delivers a message once per recipient into per-user mailboxes; recording at delivery time, before the
 * first recipient's delivery, gives one entry per message with its envelope recipients.
 *
 * <p>Each message is also appended to a file (one JSON object per line) and read back on the next start, so the
 * inbox, like the rest of the stack's data, survives a restart.
 */
final class ReceivedMails {

    private final List<ReceivedMail> mails = new ArrayList<>();
    private final Path file;
    private @Nullable MovingMessage lastRecorded;

    ReceivedMails(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        mails.add(JsonMapper.shared().readValue(line, ReceivedMail.class));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the kept e-mails in " + file, e);
        }
    }

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
        ReceivedMail mail = read(message);
        mails.add(mail);
        try {
            Files.writeString(
                    file,
                    JsonMapper.shared().writeValueAsString(mail) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new MessagingException("Could not keep a received message in " + file, e);
        }
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
                    MailText.html(mime),
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
