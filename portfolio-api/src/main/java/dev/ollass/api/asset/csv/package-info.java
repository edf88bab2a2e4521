/**
 * A user's transactions as a spreadsheet (CSV): read with tolerant headers and a per-row error report,
 * written with the original's Korean column names. Bytes in, records out: no Spring, JDBC, Kafka or
 * Jackson of its own, and tested by mutation like the pure packages. Not marked {@code @PureDomain}
 * only because Commons CSV's {@code CSVFormat} and {@code CSVPrinter} can print a {@code
 * java.sql.ResultSet}, a dependency the architecture rule follows transitively.
 */
@NullMarked
package dev.ollass.api.asset.csv;

import org.jspecify.annotations.NullMarked;
