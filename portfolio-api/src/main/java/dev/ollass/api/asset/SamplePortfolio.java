package dev.ollass.api.asset;

import dev.ollass.api.asset.csv.CsvImport;
import dev.ollass.api.asset.csv.CsvTransaction;
import dev.ollass.api.asset.csv.TransactionCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The sample portfolio behind {@code GET /sample/assetstock} (the original served its dummy user's): defined
 * with the service ({@code asset/sample-portfolio.csv}) over stocks with recorded market data, so it exists
 * in every environment and is no user's. The local demo account starts with the same lines.
 */
@Component
class SamplePortfolio {

    static final String RESOURCE = "asset/sample-portfolio.csv";

    private volatile List<CsvTransaction> transactions = List.of();

    /** The sample's transactions, read once. */
    List<CsvTransaction> transactions() {
        if (transactions.isEmpty()) {
            try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
                CsvImport read = TransactionCsv.read(in);
                if (!read.ok()) {
                    throw new IllegalStateException(RESOURCE + " has errors: " + read.errors());
                }
                transactions = read.transactions();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return transactions;
    }

    /** The sample as lines of no user, numbered from 1 in file order. */
    List<AssetLine> lines() {
        List<AssetLine> lines = new ArrayList<>();
        long id = 1;
        for (CsvTransaction transaction : transactions()) {
            lines.add(CsvLines.line(0, transaction).withId(id++));
        }
        return lines;
    }
}
