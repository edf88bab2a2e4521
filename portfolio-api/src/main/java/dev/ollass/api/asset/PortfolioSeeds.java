package dev.ollass.api.asset;

import dev.ollass.api.asset.csv.CsvImport;
import dev.ollass.api.asset.csv.TransactionCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives a user the trades of a portfolio defined with the service (a CSV resource in the export's format),
 * through the ordinary write path as the demo account's ({@link DemoPortfolio}): stored and published like a
 * user's own. For other features' seeded users, such as the local run's sharing demo users.
 */
@Component
public class PortfolioSeeds {

    private final AssetWrites writes;

    PortfolioSeeds(AssetWrites writes) {
        this.writes = writes;
    }

    /** Stores the trades of {@code csvResource} (a class path resource) as {@code userId}'s; how many. */
    public int seed(long userId, String csvResource) {
        try (InputStream in = new ClassPathResource(csvResource).getInputStream()) {
            CsvImport read = TransactionCsv.read(in);
            if (!read.ok()) {
                throw new IllegalStateException(csvResource + " has errors: " + read.errors());
            }
            List<AssetLine> lines = read.transactions().stream()
                    .map(transaction -> CsvLines.line(userId, transaction))
                    .toList();
            return writes.seed(userId, lines).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
