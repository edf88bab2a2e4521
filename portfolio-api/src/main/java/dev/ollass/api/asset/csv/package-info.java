/**
 * A user's transactions as a spreadsheet (CSV): read with tolerant headers and a per-row error report,
 * written with the original's Korean column names. Pure: bytes in, records out.
 */
@NullMarked
@PureDomain
package dev.ollass.api.asset.csv;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
