package dev.ollass.notifier.gap;

import dev.ollass.notifier.NotifierSettings;
import dev.ollass.notifier.gap.rules.AlertMail;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one alert e-mail as multipart/alternative (plain text and HTML) to the operators. */
@Component
class AlertSender {

    private final JavaMailSender mail;
    private final NotifierSettings settings;

    AlertSender(JavaMailSender mail, NotifierSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    /**
     * Returns once the SMTP server accepted the message.
     *
     * @throws org.springframework.mail.MailException when it did not
     */
    void send(AlertMail alert) {
        mail.send(message -> {
            try {
                var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(settings.senderEmail());
                helper.setTo(settings.operatorEmail().toArray(String[]::new));
                helper.setSubject(alert.subject());
                helper.setText(alert.text(), alert.html());
            } catch (MessagingException e) {
                throw new MailPreparationException("Could not write the alert e-mail", e);
            }
        });
    }
}
