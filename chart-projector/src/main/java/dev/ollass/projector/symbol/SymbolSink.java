package dev.ollass.projector.symbol;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.sink.MarketVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Copies the symbols topic into the {@code stock} table, batch by batch: the newest entry per code
 * is upserted, and a tombstone (a code compacted away) deletes its row. A failed batch is retried
 * whole, so an entry is never acknowledged unwritten.
 */
@Component
class SymbolSink {

    private static final Logger log = LoggerFactory.getLogger(SymbolSink.class);

    private final StockTable table;
    private final MarketVersion version;

    SymbolSink(StockTable table, MarketVersion version) {
        this.table = table;
        this.version = version;
    }

    @KafkaListener(
            id = "symbol-sink",
            groupId = "${ollass.projector.symbol-sink-group:symbol-sink}",
            topics = "#{T(dev.ollass.contracts.topic.Topics).SYMBOLS.name()}",
            containerFactory = SymbolSinkConfig.SYMBOLS)
    void sinkSymbols(List<ConsumerRecord<String, @Nullable ListedStock>> records) {
        // Records of one code share a partition and arrive in order: the last one is the code's state.
        Map<String, @Nullable ListedStock> newest = new LinkedHashMap<>();
        for (ConsumerRecord<String, @Nullable ListedStock> record : records) {
            newest.put(record.key(), record.value());
        }
        List<ListedStock> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        newest.forEach((code, stock) -> {
            if (stock == null) {
                deletes.add(code);
            } else {
                upserts.add(stock);
            }
        });
        // The stocks' names are in the API's kept answers, which the market version keys.
        version.afterWriting(() -> {
            table.upsert(upserts);
            table.delete(deletes);
        });
        ConsumerRecord<?, ?> last = records.getLast();
        log.info(
                "Upserted {} and deleted {} stocks from {} (last: partition {} offset {})",
                upserts.size(),
                deletes.size(),
                Topics.SYMBOLS.name(),
                last.partition(),
                last.offset());
    }
}
