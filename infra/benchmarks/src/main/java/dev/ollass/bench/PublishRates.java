package dev.ollass.bench;

import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.PriceIngestorApplication;
import dev.ollass.ingestor.recorded.CsvFiles;
import dev.ollass.ingestor.recorded.RecordedChartImporter;
import dev.ollass.ingestor.recorded.RecordedFileImport;
import dev.ollass.ingestor.recorded.history.PriceHistoryCsv;
import dev.ollass.stack.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.io.file.PathUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A fresh single-node broker, the price ingestor's own Spring context on it, and two measurements
 * taken in turns so that whatever else the machine does weighs on both alike:
 *
 * <ul>
 *   <li>raw: a bare {@link KafkaProducer} with the ingestor's producer settings sends the recorded
 *       ticks, already serialized, as fast as it can, then flushes;
 *   <li>end to end: the ingestor's {@link RecordedChartImporter#importAll()} publishes the whole
 *       recorded history: CSV read, validation, serialization, {@code IngestPublisher}, the
 *       broker's acknowledgements, the ledger. The ledger entries are deleted (tombstones) before each
 *       run, outside the timed part, so that every run publishes everything again.
 * </ul>
 */
final class PublishRates implements AutoCloseable {

    /** The topic the raw producer writes: partitioned like the ticks topic, but not read by anything. */
    static final String RAW_TOPIC = "bench.raw-producer";

    /** One measured run of each kind. */
    record RawRun(long records, long bytes, long nanos) {}

    record EndToEndRun(long ticks, long records, long nanos) {}

    private final Path dataDir;
    private final KafkaBroker broker;
    private final ConfigurableApplicationContext ingestor;
    private final Map<String, Object> producerSettings;
    private final List<ProducerRecord<byte[], byte[]>> recordedTicks;
    private final KafkaProducer<byte[], byte[]> rawProducer;
    private final KafkaProducer<String, byte[]> ledgerCleaner;

    private PublishRates(
            Path dataDir,
            KafkaBroker broker,
            ConfigurableApplicationContext ingestor,
            Map<String, Object> producerSettings,
            List<ProducerRecord<byte[], byte[]>> recordedTicks) {
        this.dataDir = dataDir;
        this.broker = broker;
        this.ingestor = ingestor;
        this.producerSettings = producerSettings;
        this.recordedTicks = recordedTicks;
        this.rawProducer = new KafkaProducer<>(producerSettings, new ByteArraySerializer(), new ByteArraySerializer());
        this.ledgerCleaner = new KafkaProducer<>(producerSettings, new StringSerializer(), new ByteArraySerializer());
    }

    static PublishRates start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("ollass-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaBroker broker = KafkaBroker.start(dataDir, freePort(), freePort());
        try {
            createRawTopic(broker.bootstrapServers());
            ConfigurableApplicationContext ingestor = new SpringApplicationBuilder(PriceIngestorApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // Arguments, not default properties: those yield to the service's application.properties.
                    .run(
                            "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                            // Only what the benchmark asks for: nothing on start, the whole history (no cut-off date).
                            "--ollass.ingestor.import-recorded-on-start=false",
                            "--ollass.ingestor.publish-symbols-on-start=false",
                            "--ollass.ingestor.recorded-until=",
                            "--ollass.ingestor.recorded-dir=");
            KafkaTemplate<?, ?> ticks = ingestor.getBean("priceTickTemplate", KafkaTemplate.class);
            Map<String, Object> settings =
                    new HashMap<>(ticks.getProducerFactory().getConfigurationProperties());
            return new PublishRates(dataDir, broker, ingestor, settings, serializedRecordedTicks());
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** The producer settings both measurements use, as the ingestor's Boot configuration made them. */
    String producerSettings() {
        Map<String, Object> defaults = ProducerConfig.configDef().defaultValues();
        StringBuilder text = new StringBuilder();
        for (String name : List.of(
                ProducerConfig.ACKS_CONFIG,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                ProducerConfig.LINGER_MS_CONFIG,
                ProducerConfig.BATCH_SIZE_CONFIG,
                ProducerConfig.COMPRESSION_TYPE_CONFIG)) {
            Object value = producerSettings.get(name);
            text.append(text.isEmpty() ? "" : ", ")
                    .append(name)
                    .append('=')
                    .append(value != null ? value : defaults.get(name) + " (default)");
        }
        return text.toString();
    }

    int recordedTickCount() {
        return recordedTicks.size();
    }

    /** The mean size of a recorded tick as the ticks topic's serdes write it: key plus value. */
    double meanRecordBytes() {
        return recordedTicks.stream().mapToLong(PublishRates::size).average().orElse(0);
    }

    /** Sends the recorded ticks {@code passes} times over, all asynchronously, and waits for every acknowledgement. */
    RawRun raw(int passes) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long records = 0;
        long bytes = 0;
        long started = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (ProducerRecord<byte[], byte[]> tick : recordedTicks) {
                rawProducer.send(tick, (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
                records++;
                bytes += size(tick);
            }
        }
        rawProducer.flush();
        long nanos = System.nanoTime() - started;
        if (failure.get() != null) {
            throw new IllegalStateException("The broker refused a record", failure.get());
        }
        return new RawRun(records, bytes, nanos);
    }

    /** The ingestor's import of its whole recorded history, as {@code POST /ingest/recorded} or a start runs it. */
    EndToEndRun endToEnd() {
        RecordedChartImporter importer = ingestor.getBean(RecordedChartImporter.class);
        long started = System.nanoTime();
        List<RecordedFileImport> files = importer.importAll().history();
        long nanos = System.nanoTime() - started;
        long ticks = 0;
        long records = 0;
        for (RecordedFileImport file : files) {
            if (!file.publishedNow()) {
                throw new IllegalStateException(file.file() + " was not published: its ledger entry survived");
            }
            if (!isCorporateActionFile(file.file())) {
                ticks += file.published();
            }
            // Every tick, corporate action and reject is a record, and so is the file's ledger entry.
            records += file.published() + file.rejected() + 1;
        }
        forget(files);
        return new EndToEndRun(ticks, records, nanos);
    }

    /** Deletes the ledger entries of these files, so that the next import publishes them again. */
    private void forget(List<RecordedFileImport> files) {
        for (RecordedFileImport file : files) {
            ledgerCleaner.send(new ProducerRecord<>(Topics.RECORDED_IMPORTS.name(), file.file(), null));
        }
        ledgerCleaner.flush();
    }

    private static boolean isCorporateActionFile(String file) {
        return file.startsWith("dividends") || file.equals("splits.csv");
    }

    /** The bundled price files read and validated as the importer does, serialized once with the ticks topic's serdes. */
    private static List<ProducerRecord<byte[], byte[]>> serializedRecordedTicks() {
        Serializer<String> keys = Topics.PRICE_TICKS.keySerde().serializer();
        Serializer<PriceTick> values = Topics.PRICE_TICKS.valueSerde().serializer();
        String topic = Topics.PRICE_TICKS.name();
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (Resource resource : bundledPriceFiles()) {
            String file = resource.getFilename();
            if (file == null || isCorporateActionFile(file)) {
                continue;
            }
            String ticker = file.substring(0, file.length() - ".csv".length());
            var read = PriceHistoryCsv.read(
                    ticker, "classpath:recorded/prices/" + file, CsvFiles.read(text(resource)), Instant.now(), null);
            for (PriceTick tick : read.events()) {
                records.add(new ProducerRecord<>(
                        RAW_TOPIC, keys.serialize(topic, tick.symbol()), values.serialize(topic, tick)));
            }
        }
        return records;
    }

    private static Resource[] bundledPriceFiles() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:recorded/prices/*.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(ProducerRecord<byte[], byte[]> record) {
        return (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
    }

    private static void createRawTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(RAW_TOPIC, Topics.PRICE_TICKS.partitions(), (short) 1)))
                    .all()
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create " + RAW_TOPIC, e.getCause());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            rawProducer.close();
            ledgerCleaner.close();
            ingestor.close();
        } finally {
            broker.close();
            try {
                PathUtils.deleteDirectory(dataDir);
            } catch (IOException e) {
                System.err.println("Could not delete " + dataDir + ": " + e);
            }
        }
    }
}
