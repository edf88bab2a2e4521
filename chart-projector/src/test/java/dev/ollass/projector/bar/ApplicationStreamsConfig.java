package dev.ollass.projector.bar;

import dev.ollass.projector.ProjectorSettings;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The Kafka Streams configuration the projector runs with: Boot's, built from the application's own
 * {@code application.properties} by Boot's Kafka auto-configuration and the projector's
 * {@link StreamsConfigBeans}, exactly as at start-up. Tests that drive the topology use it, so they
 * cannot drift from production (exactly-once, error handlers, dead-letter topic).
 */
final class ApplicationStreamsConfig {

    private ApplicationStreamsConfig() {}

    /** The configuration, with the state kept in {@code stateDir} and {@code overrides} applied as properties. */
    static Properties load(Path stateDir, String... overrides) {
        AtomicReference<Properties> streams = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
                .withUserConfiguration(StreamsConfigBeans.class, Settings.class)
                // Built, not started: there is no broker.
                .withPropertyValues(
                        "spring.kafka.streams.auto-startup=false", "spring.kafka.streams.state-dir=" + stateDir)
                .withPropertyValues(overrides)
                .run(context -> {
                    if (context.getStartupFailure() != null) {
                        throw new IllegalStateException(context.getStartupFailure());
                    }
                    streams.set(context.getBean(StreamsBuilderFactoryBean.class).getStreamsConfiguration());
                });
        return streams.get();
    }

    /** The projector's settings, bound from its own {@code application.properties} with {@code overrides}. */
    static ProjectorSettings settings(String... overrides) {
        AtomicReference<ProjectorSettings> settings = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(Settings.class)
                .withPropertyValues(overrides)
                .run(context -> {
                    if (context.getStartupFailure() != null) {
                        throw new IllegalStateException(context.getStartupFailure());
                    }
                    settings.set(context.getBean(ProjectorSettings.class));
                });
        return settings.get();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ProjectorSettings.class)
    static class Settings {}
}
