package dev.ollass.ingestor;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Fetches, parses and validates market data and publishes it as ticks; never writes projections. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PriceIngestorApplication {

    /** Observations are stamped with wall-clock time: when the source was read. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(PriceIngestorApplication.class, args);
    }
}
