package dev.ollass.projector.audit.rules;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.SuspectReason;
import java.time.LocalDate;
import java.util.List;

/** A daily bar the projections hold, as far as the audit cares: which series, which day, how suspect. */
public record StoredPoint(String code, InstrumentKind kind, LocalDate date, List<SuspectReason> suspectReasons) {

    public StoredPoint {
        suspectReasons = List.copyOf(suspectReasons);
    }
}
