package dev.ollass.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.List;

/**
 * An SMTP server (GreenMail) on 127.0.0.1 that accepts every message, with or without authentication; what it
 * received is kept under the data directory.
 */
final class MailServer implements RunningServer {

    private final GreenMail greenMail;
    private final ReceivedMails receivedMails;
    private boolean stopped;

    private MailServer(GreenMail greenMail, ReceivedMails receivedMails) {
        this.greenMail = greenMail;
        this.receivedMails = receivedMails;
    }

    static MailServer start(Path dataDir, int port) {
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        var userManager = greenMail.getUserManager();
        var receivedMails = new ReceivedMails(dataDir.resolve("mail").resolve("received.jsonl"));
        userManager.setMessageDeliveryHandler(receivedMails.recordingBefore(userManager.getMessageDeliveryHandler()));
        return new MailServer(greenMail, receivedMails);
    }

    List<ReceivedMail> receivedMails() {
        return receivedMails.all();
    }

    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            greenMail.stop();
        }
    }
}
