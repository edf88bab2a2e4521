package dev.ollass.ingestor;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the price ingestor ({@code ollass.ingestor.*}).
 *
 * @param importRecordedOnStart publish the recorded price history (and the responses in {@code
 *     recordedDir}) once the service is up: the offline local run. A file already published with the
 *     same content is skipped (the ledger topic {@code market.recorded-imports.v1})
 * @param recordedDir an extra directory of recorded Yahoo chart responses ({@code *.json}) to
 *     import on start; unset for none
 * @param recordedUntil the last date the recorded history is published to: rows and corporate
 *     actions dated later are withheld, as the market has not reached them (the local run sets its
 *     market date, 2021-04-16); unset for every row
 * @param publishSymbolsOnStart publish the symbol universe (the stock lists shipped with the
 *     service) once the service is up; only entries that differ from what the symbols topic holds
 *     are sent, so a restart republishes nothing
 */
@ConfigurationProperties("ollass.ingestor")
public record IngestorSettings(
        @DefaultValue("false") boolean importRecordedOnStart,
        @Nullable Path recordedDir,
        @Nullable LocalDate recordedUntil,
        @DefaultValue("true") boolean publishSymbolsOnStart) {}
