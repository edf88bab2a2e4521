package dev.ollass.projector.audit.rules;

import dev.ollass.contracts.market.InstrumentKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The audit's view of the projections: which daily bars exist. Its own port, not the sinks' repository. */
public interface MarketDataReader {

    /** The bars of {@code codes} (of {@code kind}) dated {@code from} to {@code to}, both included, in any order. */
    List<StoredPoint> points(InstrumentKind kind, Collection<String> codes, LocalDate from, LocalDate to);
}
