package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.notifier.NotifierSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail per missing-data event, at most once per symbol and date within the dedup
 * window. The claim is kept in Redis (not in memory) so that a second instance, or a replay of
 * the topic, does not send it again; it is released when sending fails so the retry can send.
 */
@Component
class GapAlertListener {

    static final String SENT_PREFIX = "alert-notifier:gap-sent:";
    private static final Logger log = LoggerFactory.getLogger(GapAlertListener.class);

    private final JavaMailSender mail;
    private final StringRedisTemplate redis;
    private final NotifierSettings settings;

    GapAlertListener(JavaMailSender mail, StringRedisTemplate redis, NotifierSettings settings) {
        this.mail = mail;
        this.redis = redis;
        this.settings = settings;
    }

    @KafkaListener(
            id = "gap-alerts",
            topics = "#{T(dev.ollass.contracts.topic.Topics).DATA_GAPS.name()}",
            containerFactory = GapListenerConfig.FACTORY)
    void onGap(ConsumerRecord<String, PriceDataMissing> record) {
        PriceDataMissing gap = record.value();
        String claim = SENT_PREFIX + gap.key();
        Boolean first = redis.opsForValue().setIfAbsent(claim, gap.detectedAt().toString(), settings.dedupWindow());
        if (!Boolean.TRUE.equals(first)) {
            log.info(
                    "Already alerted {} (partition {} offset {}), not sending again",
                    gap.key(),
                    record.partition(),
                    record.offset());
            return;
        }
        try {
            mail.send(message(gap));
        } catch (RuntimeException e) {
            redis.delete(claim);
            throw e;
        }
        log.info(
                "Alerted {} for {} (partition {} offset {})",
                settings.operatorEmail(),
                gap.key(),
                record.partition(),
                record.offset());
    }

    private SimpleMailMessage message(PriceDataMissing gap) {
        GapAlertMail content = GapAlertMail.of(gap);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.senderEmail());
        message.setTo(settings.operatorEmail());
        message.setSubject(content.subject());
        message.setText(content.body());
        return message;
    }
}
