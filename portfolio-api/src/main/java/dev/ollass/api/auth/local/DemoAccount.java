package dev.ollass.api.auth.local;

import dev.ollass.api.auth.AuthSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The local run's demo account ({@code OLLASS_DEMO_EMAIL}, {@code OLLASS_DEMO_PASSWORD}), created at start
 * when missing. Only when the launcher says this is the local run ({@code OLLASS_LOCAL_RUN}): a known
 * password must never exist on a real installation.
 */
@Component
class DemoAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccount.class);

    private final LocalAccounts accounts;
    private final AuthSettings settings;
    private final ApplicationEventPublisher events;

    DemoAccount(LocalAccounts accounts, AuthSettings settings, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = settings.demo().email();
        String password = settings.demo().password();
        if (!settings.localRun() || email == null || email.isBlank() || password == null || password.isBlank()) {
            return;
        }
        if (accounts.exists(email)) {
            log.info("Demo account {} exists", email);
            return;
        }
        long userId = accounts.create(new Credentials(email, password)).id();
        log.info("Created the demo account {}", email);
        events.publishEvent(new DemoAccountCreated(userId));
    }
}
