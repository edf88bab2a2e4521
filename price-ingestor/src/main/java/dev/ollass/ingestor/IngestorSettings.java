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
 * @param publishSymbolsOnStart publish the symbol universe (the stock lists shipped with the
 *     service) once the service is up; only entries that differ from what the symbols topic holds
 *     are sent, so a restart republishes nothing
 */
@ConfigurationProperties("ollass.ingestor")
public record IngestorSettings(
        @DefaultValue("false") boolean importRecordedOnStart,
        @Nullable Path recordedDir,
        @DefaultValue("true") boolean publishSymbolsOnStart) {}
