package dev.ollass.projector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns ticks into market projections (Kafka Streams), sinks them into MySQL and Redis, audits completeness. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ChartProjectorApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChartProjectorApplication.class, args);
    }
}
