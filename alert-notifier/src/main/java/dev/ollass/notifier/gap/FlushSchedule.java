package dev.ollass.notifier.gap;

import dev.ollass.notifier.NotifierSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Every instance looks for alerts that are due every {@code flush-interval}; the lease lets one of them send. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FlushSchedule implements SchedulingConfigurer {

    private final AlertFlusher flusher;
    private final NotifierSettings settings;

    FlushSchedule(AlertFlusher flusher, NotifierSettings settings) {
        this.flusher = flusher;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(flusher::flushQuietly, settings.flushInterval());
    }
}
