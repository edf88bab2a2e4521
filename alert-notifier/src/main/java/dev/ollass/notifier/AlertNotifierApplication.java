package dev.ollass.notifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Turns missing-data events into e-mail: de-duplicated, retried, dead-lettered when undeliverable. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlertNotifierApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlertNotifierApplication.class, args);
    }
}
