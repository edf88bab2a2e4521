package dev.ollass.notifier.gap;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ollass.stack.junit.LocalStackExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) of one test class, on a port that stays the same when the server is stopped and
 * started again, as a mail server going away and coming back. It keeps every message received across restarts.
 * Registered as a static {@code @RegisterExtension} field, it stops when its class is done.
 */
final class TestMailServer implements AutoCloseable, AfterAllCallback {

    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private @Nullable GreenMail server;

    private TestMailServer(int port) {
        this.port = port;
    }

    static TestMailServer started() {
        var server = new TestMailServer(freePort());
        server.start();
        return server;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        server = greenMail;
    }

    /** Stops accepting connections: a sender gets "connection refused". */
    synchronized void stop() {
        if (server != null) {
            earlier.addAll(List.of(server.getReceivedMessages()));
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The notifier under test talks to the shared local stack and sends its mail here. */
    void serveTheNotifier(DynamicPropertyRegistry registry) {
        LocalStackExtension.stack().serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", this::port);
    }

    /** Every message received, oldest first. */
    synchronized List<MimeMessage> messages() {
        var all = new ArrayList<>(earlier);
        if (server != null) {
            all.addAll(List.of(server.getReceivedMessages()));
        }
        return all;
    }

    /** The messages whose subject contains {@code text}. */
    List<MimeMessage> withSubjectContaining(String text) {
        return messages().stream().filter(mail -> subject(mail).contains(text)).toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded content of the message's first part of this type ({@code text/plain}, {@code text/html}). */
    static Optional<String> part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return Optional.of(String.valueOf(part.getContent()));
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    var found = part(multipart.getBodyPart(i), mimeType);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(MimeMessage mail) {
        return part(mail, "text/plain").orElseThrow(() -> new AssertionError("no text/plain part"));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
