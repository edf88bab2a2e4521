package dev.ollass.ingestor;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the price ingestor ({@code ollass.ingestor.*}).
 *
 * @param importRecordedOnStart publish the recorded Yahoo responses once the service is up (the
 *     offline local run); replaying them again is harmless, projections upsert by natural key
 * @param recordedDir an extra directory of recorded Yahoo chart responses ({@code *.json}) to
 *     import beside the ones bundled with the service; unset for none
 */
@ConfigurationProperties("ollass.ingestor")
public record IngestorSettings(
        @DefaultValue("false") boolean importRecordedOnStart,
        @Nullable Path recordedDir) {}
