package dev.ollass.ingestor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Fetches, parses and validates market data and publishes it as ticks; never writes projections. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PriceIngestorApplication {

    public static void main(String[] args) {
        SpringApplication.run(PriceIngestorApplication.class, args);
    }
}
