package dev.ollass.projector.audit;

import dev.ollass.projector.ProjectorSettings;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Each market's audit runs by itself at its own {@code cron}, in its own zone, after its data is due
 * ({@code ollass.projector.audit.markets[..].cron}: the one copy of the schedule).
 */
@Configuration(proxyBeanMethods = false)
class AuditSchedule implements SchedulingConfigurer {

    private final ProjectorSettings settings;
    private final AuditRunner runner;

    AuditSchedule(ProjectorSettings settings, AuditRunner runner) {
        this.settings = settings;
        this.runner = runner;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!settings.audit().scheduled()) {
            return;
        }
        for (Map.Entry<String, ProjectorSettings.Market> market :
                settings.audit().markets().entrySet()) {
            String cron = market.getValue().cron();
            if (!"-".equals(cron)) {
                registrar.addTriggerTask(
                        () -> runner.run(market.getKey()),
                        new CronTrigger(cron, market.getValue().zone()));
            }
        }
    }
}
