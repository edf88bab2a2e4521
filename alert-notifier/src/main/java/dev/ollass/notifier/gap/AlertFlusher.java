package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.notifier.NotifierSettings;
import dev.ollass.notifier.gap.AlertQueue.RetryState;
import dev.ollass.notifier.gap.AlertQueue.Waiting;
import dev.ollass.notifier.gap.rules.Delivery;
import dev.ollass.notifier.gap.rules.DeliveryPlan;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Sends what waits in the {@link AlertQueue}, run every {@code flush-interval} on every instance.
 *
 * <p>Only the instance holding the lease sends. It records each notification as sent only after the SMTP server
 * accepted its e-mail, so a crash before that loses nothing: the events still wait, the lease runs out, and the
 * next flush (this instance restarted, or another) sends them. A crash between the server's acceptance and the
 * record sends that e-mail a second time; that is the only duplicate there can be.
 *
 * <p>While the server refuses or cannot be reached, the waiting events are tried again after pauses that double
 * from {@code retry-initial-interval} up to {@code retry-max-interval}; after {@code send-attempts} tries what still
 * waits goes to the dead-letter topic with the reason.
 */
@Component
class AlertFlusher {

    private static final Logger log = LoggerFactory.getLogger(AlertFlusher.class);

    private final AlertQueue queue;
    private final AlertSender sender;
    private final DeadLetters deadLetters;
    private final NotifierSettings settings;
    private final ObjectProvider<AfterMailAccepted> afterMailAccepted;
    private final String owner = UUID.randomUUID().toString();
    private final Counter sent;
    private final Counter deadLettered;

    AlertFlusher(
            AlertQueue queue,
            AlertSender sender,
            DeadLetters deadLetters,
            NotifierSettings settings,
            ObjectProvider<AfterMailAccepted> afterMailAccepted,
            MeterRegistry meters) {
        this.queue = queue;
        this.sender = sender;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.afterMailAccepted = afterMailAccepted;
        this.sent = meters.counter("ollass.alerts.sent");
        this.deadLettered = meters.counter("ollass.alerts.dead-lettered");
    }

    /** One flush; anything unexpected is logged and leaves the lease to run out, as a crash would. */
    void flushQuietly() {
        try {
            flush(Instant.now());
        } catch (RuntimeException e) {
            log.error("Sending the waiting alerts failed; they are tried again when the lease runs out", e);
        }
    }

    void flush(Instant now) {
        if (!queue.tryLease(owner, settings.sendLease())) {
            return;
        }
        RetryState retry = queue.retryState();
        if (retry != null && now.isBefore(retry.nextTry())) {
            queue.releaseLease(owner);
            return;
        }
        List<Waiting> waiting = queue.waiting();
        if (waiting.isEmpty() || !due(waiting.getFirst(), now)) {
            queue.releaseLease(owner);
            return;
        }
        DeliveryPlan plan =
                DeliveryPlan.of(waiting.stream().map(Waiting::gap).toList(), queue::wasSent, settings.digests());
        plan.settled().forEach((key, reason) -> {
            log.info("No e-mail for {}: {}", key, reason);
            queue.settle(List.of(key), reason, settings.dedupWindow());
        });
        deliver(plan.deliveries(), waiting, retry, now);
        queue.releaseLease(owner);
    }

    private boolean due(Waiting oldest, Instant now) {
        return !oldest.arrivedAt().plus(settings.digestWindow()).isAfter(now);
    }

    private void deliver(List<Delivery> deliveries, List<Waiting> waiting, @Nullable RetryState retry, Instant now) {
        for (int i = 0; i < deliveries.size(); i++) {
            if (Duration.between(now, Instant.now())
                            .compareTo(settings.sendLease().dividedBy(2))
                    > 0) {
                return; // the rest at the next flush, before another instance could take the lease over
            }
            Delivery delivery = deliveries.get(i);
            try {
                sender.send(delivery.mail());
            } catch (MailException e) {
                failed(deliveries.subList(i, deliveries.size()), waiting, retry, now, e);
                return;
            }
            afterMailAccepted.ifAvailable(hook -> hook.accepted(delivery.notificationKeys()));
            queue.settle(delivery.notificationKeys(), AlertQueue.SENT + " " + Instant.now(), settings.dedupWindow());
            sent.increment(delivery.notificationKeys().size());
            log.info(
                    "E-mailed {} \"{}\" for {}",
                    settings.operatorEmail(),
                    delivery.mail().subject(),
                    delivery.notificationKeys());
        }
        if (retry != null) {
            queue.clearRetryState();
            log.info("The SMTP server accepts alerts again, after {} failed tries", retry.failures());
        }
    }

    private void failed(
            List<Delivery> unsent,
            List<Waiting> waiting,
            @Nullable RetryState retry,
            Instant now,
            MailException failure) {
        int failures = retry == null ? 1 : retry.failures() + 1;
        Instant firstFailure = retry == null ? now : retry.firstFailure();
        long pause = pauseAfter(failures);
        if (pause == BackOffExecution.STOP) {
            List<String> keys = new ArrayList<>();
            unsent.forEach(delivery -> keys.addAll(delivery.notificationKeys()));
            List<MarketDataGap> gaps = waiting.stream()
                    .map(Waiting::gap)
                    .filter(gap -> keys.contains(gap.notificationKey()))
                    .toList();
            deadLetters.publish(gaps, failure, failures, firstFailure);
            queue.remove(keys);
            queue.clearRetryState();
            deadLettered.increment(gaps.size());
            log.error(
                    "Gave up e-mailing {} after {} tries since {}; kept on the dead-letter topic: {}",
                    keys,
                    failures,
                    firstFailure,
                    failure.getMessage());
            return;
        }
        queue.saveRetryState(
                new RetryState(failures, now.plusMillis(pause), firstFailure), String.valueOf(failure.getMessage()));
        log.warn(
                "The SMTP server did not take {} alert e-mail(s) (try {} of {}), trying again in {}: {}",
                unsent.size(),
                failures,
                settings.sendAttempts(),
                Duration.ofMillis(pause),
                failure.getMessage());
    }

    /** The pause after the given number of failed tries, or {@link BackOffExecution#STOP} when they are all used. */
    private long pauseAfter(int failures) {
        var backOff = new ExponentialBackOff(settings.retryInitialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(settings.retryMaxInterval().toMillis());
        backOff.setMaxAttempts(settings.sendAttempts() - 1L);
        BackOffExecution execution = backOff.start();
        long pause = BackOffExecution.STOP;
        for (int i = 0; i < failures; i++) {
            pause = execution.nextBackOff();
        }
        return pause;
    }
}
